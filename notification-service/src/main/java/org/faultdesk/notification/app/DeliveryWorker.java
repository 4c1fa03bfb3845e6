package org.faultdesk.notification.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.worker.BackgroundWorker;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;

/**
 * The background worker {@code delivery}, the one that sends: it repeats due critical
 * escalations, then delivers due messages until none is left, then waits for the next poll or for
 * a commit that queued something. Quiet-hours and callback messages are released simply by
 * falling due.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final WorkerSpec WORKER = WorkerSpec.of("delivery", Duration.ofSeconds(1), Duration.ofSeconds(1));

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

    private BackgroundWorker worker;

    void start(@Observes StartupEvent startup) {
        worker = workers.start(WORKER.withBacklog("faultdesk.notification.pending", this::pending), this::pass);
    }

    /** Wakes the worker once the current transaction has committed what it queued. */
    void wakeAfterCommit() {
        if (worker != null) { // null only before the service has started
            worker.wakeAfterCommit();
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

    /** Repeats due critical escalations, then sends due messages; true when a full batch went out. */
    private boolean pass() {
        int batchSize = config.deliveryBatchSize();
        reminders.repeatDue(batchSize);
        int sent = 0;
        while (sent < batchSize && worker.isRunning() && attempt.deliverNext()) {
            sent++;
        }
        return sent == batchSize;
    }
}
