package org.faultdesk.dispatch.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("dispatch worker disabled (faultdesk.dispatch.worker-enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "dispatch-worker");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs a pass now rather than at the next poll. */
    public void wake() {
        wakeups.release();
    }

    /** Runs a pass once the current transaction has committed, so the pass sees its changes. */
    public void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    private void runQuietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s failed; retried in %d ms", what, pollInterval.toMillis());
        }
    }

    private void run() {
        while (running) {
            // Separately: a failing time-out must not stop the queue from being served.
            runQuietly("accept time-outs", dispatcher::expireUnanswered);
            runQuietly("dispatch pass", dispatcher::dispatchWaiting);
            try {
                if (wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
