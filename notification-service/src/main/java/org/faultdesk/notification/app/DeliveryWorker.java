package org.faultdesk.notification.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.faultdesk.notification.domain.Audience;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.worker.BackgroundWorker;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;

/**
 * The background workers that send, one per queue, so that supervisor alerts never wait behind
 * customer notices: {@code alert-delivery} repeats due critical escalations, then sends due staff
 * messages until none is left; {@code customer-delivery} sends due customer notices. Each then
 * waits for its next poll or for a commit that queued something. Quiet-hours and callback messages
 * are released simply by falling due.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final WorkerSpec ALERTS = WorkerSpec.of("alert-delivery", Duration.ofSeconds(1), Duration.ofSeconds(1));
    private static final WorkerSpec CUSTOMERS = WorkerSpec.of("customer-delivery", Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Inject
    NotificationConfig config;

    @Inject
    DeliveryAttempt attempt;

    @Inject
    EscalationReminders reminders;

    @Inject
    DeliveryStore deliveries;

    @Inject
    BackgroundWorkers workers;

    private BackgroundWorker alerts;
    private BackgroundWorker customers;

    void start(@Observes StartupEvent startup) {
        alerts = workers.start(ALERTS.withBacklog("faultdesk.notification.pending", this::pending), () -> {
            reminders.repeatDue(config.deliveryBatchSize());
            return sendDue(Audience.STAFF, alerts);
        });
        customers = workers.start(CUSTOMERS, () -> sendDue(Audience.CUSTOMER, customers));
    }

    /** Wakes the workers once the current transaction has committed what it queued. */
    void wakeAfterCommit() {
        if (alerts != null) { // null only before the service has started
            alerts.wakeAfterCommit();
            customers.wakeAfterCommit();
        }
    }

    /** Messages waiting to be sent, including those held for quiet hours; unknown while the database is away. */
    private double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(deliveries::countWaiting).doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Sends the queue's due messages; true when a full batch went out (more may be due). */
    private boolean sendDue(Audience audience, BackgroundWorker worker) {
        int batchSize = config.deliveryBatchSize();
        int sent = 0;
        while (sent < batchSize && worker.isRunning() && attempt.deliverNext(audience)) {
            sent++;
        }
        return sent == batchSize;
    }
}
