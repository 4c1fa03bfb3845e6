package org.faultdesk.dispatch.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.faultdesk.support.worker.BackgroundWorker;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher as the background worker {@code dispatcher}: at once when something may
 * have changed (a new work order, a technician freed or back on duty, a ticket re-classified) and
 * every poll interval otherwise, which is how shifts starting and accept time-outs are noticed.
 * Due times come from the injected clock, so tests move time instead of waiting.
 */
@ApplicationScoped
public class DispatchWorker {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);
    private static final WorkerSpec WORKER = WorkerSpec.of("dispatcher", Duration.ofSeconds(10), Duration.ofSeconds(10));

    @Inject
    Dispatcher dispatcher;

    @Inject
    BackgroundWorkers workers;

    private BackgroundWorker worker;

    void start(@Observes StartupEvent startup) {
        worker = workers.start(WORKER, this::pass);
    }

    /** Runs a pass now rather than at the next poll. */
    public void wake() {
        if (worker != null) { // null only before the service has started
            worker.wake();
        }
    }

    /** Runs a pass once the current transaction has committed, so the pass sees its changes. */
    public void wakeAfterCommit() {
        if (worker != null) {
            worker.wakeAfterCommit();
        }
    }

    private boolean pass() {
        // Separately: a failing time-out must not stop the queue from being served.
        try {
            dispatcher.expireUnanswered();
        } catch (RuntimeException e) {
            LOG.warnf(e, "accept time-outs failed; retried at the next pass");
        }
        dispatcher.dispatchWaiting();
        return false;
    }
}
