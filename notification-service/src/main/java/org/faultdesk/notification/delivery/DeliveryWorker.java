package org.faultdesk.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The one thread that sends: it repeats due critical escalations, then delivers due messages until
 * none is left, then waits for the next poll or for a commit that queued something. Quiet-hours
 * and callback messages are released simply by falling due.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    NotificationConfig config;

    @Inject
    DeliveryAttempt attempt;

    @Inject
    EscalationReminders reminders;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        Gauge.builder("faultdesk.notification.pending", this, DeliveryWorker::pending)
                .description("messages waiting to be sent, including those held for quiet hours")
                .register(registry);
        if (!config.worker().enabled()) {
            LOG.info("delivery worker disabled (faultdesk.notification.worker.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "notification-delivery-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeups.release();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Wakes the worker once the current transaction has committed what it queued. */
    void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeups.release();
                }
            }
        });
    }

    private double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "select count(*) from delivery where status in ('PENDING', 'HELD')").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private void run() {
        Duration poll = config.worker().pollInterval();
        while (running) {
            try {
                reminders.repeatDue(config.worker().batchSize());
                int sent = 0;
                while (running && sent < config.worker().batchSize() && attempt.deliverNext()) {
                    sent++;
                }
                if (sent == config.worker().batchSize()) {
                    continue; // more is waiting
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "delivery worker pass failed, trying again in %d ms", poll.toMillis());
            }
            try {
                if (wakeups.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
