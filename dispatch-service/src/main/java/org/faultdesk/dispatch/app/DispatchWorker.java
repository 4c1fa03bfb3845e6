package org.faultdesk.dispatch.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.support.worker.WorkerThread;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher on its own thread: at once when something may have changed (a new work
 * order, a technician freed or back on duty, a ticket re-classified) and every poll interval
 * otherwise, which is how shifts starting and accept time-outs are noticed. Due times come
 * from the injected clock, so tests move time instead of waiting.
 */
@ApplicationScoped
public class DispatchWorker {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);

    @Inject
    Dispatcher dispatcher;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "faultdesk.dispatch.poll-interval", defaultValue = "PT10S")
    Duration pollInterval;

    @ConfigProperty(name = "faultdesk.dispatch.worker-enabled", defaultValue = "true")
    boolean enabled;

    private WorkerThread worker;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("dispatch worker disabled (faultdesk.dispatch.worker-enabled=false)");
            return;
        }
        worker = new WorkerThread("dispatch-worker", pollInterval, pollInterval, this::pass);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Runs a pass now rather than at the next poll. */
    public void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Runs a pass once the current transaction has committed, so the pass sees its changes. */
    public void wakeAfterCommit() {
        if (worker != null) {
            worker.wakeAfterCommit(transactions);
        }
    }

    private boolean pass() {
        // Separately: a failing time-out must not stop the queue from being served.
        try {
            dispatcher.expireUnanswered();
        } catch (RuntimeException e) {
            LOG.warnf(e, "accept time-outs failed; retried in %d ms", pollInterval.toMillis());
        }
        dispatcher.dispatchWaiting();
        return false;
    }
}
