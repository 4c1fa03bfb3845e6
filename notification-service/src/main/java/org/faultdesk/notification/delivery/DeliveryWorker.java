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
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.faultdesk.support.worker.WorkerThread;
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

    private WorkerThread worker;

    void start(@Observes StartupEvent startup) {
        Gauge.builder("faultdesk.notification.pending", this, DeliveryWorker::pending)
                .description("messages waiting to be sent, including those held for quiet hours")
                .register(registry);
        if (!config.worker().enabled()) {
            LOG.info("delivery worker disabled (faultdesk.notification.worker.enabled=false)");
            return;
        }
        Duration poll = config.worker().pollInterval();
        worker = new WorkerThread("notification-delivery-worker", poll, poll, this::pass);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Wakes the worker once the current transaction has committed what it queued. */
    void wakeAfterCommit() {
        if (worker != null) {
            worker.wakeAfterCommit(transactions);
        }
    }

    private double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "select count(*) from delivery where status in ('PENDING', 'HELD')").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Repeats due critical escalations, then sends due messages; true when a full batch went out. */
    private boolean pass() {
        int batchSize = config.worker().batchSize();
        reminders.repeatDue(batchSize);
        int sent = 0;
        while (sent < batchSize && worker.isRunning() && attempt.deliverNext()) {
            sent++;
        }
        return sent == batchSize;
    }
}
