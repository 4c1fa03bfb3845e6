package org.faultdesk.notification.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.faultdesk.notification.domain.Audience;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.worker.BackgroundWorker;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;

/**
 * The background workers that send: one per queue, a queue being who the message is for and its
 * channel, so that supervisor alerts never wait behind customer notices, and a slow mail server
 * holds up e-mails only, never an alert's SMS. {@code alert-delivery-<channel>} sends due staff
 * messages (the SMS worker also repeats due critical escalations); {@code customer-delivery-<channel>}
 * sends due customer notices. Each then waits for its next poll or for a commit that queued
 * something. They are configured together under {@code faultdesk.worker.delivery.*}. Quiet-hours
 * and callback messages are released simply by falling due.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final String GROUP = "delivery";

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

    private final List<BackgroundWorker> senders = new CopyOnWriteArrayList<>();

    void start(@Observes StartupEvent startup) {
        for (Audience audience : Audience.values()) {
            for (Channel channel : audience.channels()) {
                WorkerSpec spec = WorkerSpec.of(audience.senderName(channel), Duration.ofSeconds(1), Duration.ofSeconds(5))
                        .inGroup(GROUP);
                if (senders.isEmpty()) {
                    spec = spec.withBacklog("faultdesk.notification.pending", this::pending);
                }
                boolean repeatsReminders = audience == Audience.STAFF && channel == Channel.SMS;
                BackgroundWorker[] self = new BackgroundWorker[1];
                self[0] = workers.start(spec, () -> {
                    if (repeatsReminders) {
                        reminders.repeatDue(config.deliveryBatchSize());
                    }
                    return sendDue(audience, channel, self[0]);
                });
                senders.add(self[0]);
            }
        }
    }

    /** Wakes the workers once the current transaction has committed what it queued. */
    void wakeAfterCommit() {
        senders.forEach(BackgroundWorker::wakeAfterCommit); // none only before the service has started
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
    private boolean sendDue(Audience audience, Channel channel, BackgroundWorker worker) {
        int batchSize = config.deliveryBatchSize();
        int sent = 0;
        // The handle is null during a first pass that starts before start() returned it.
        while (sent < batchSize && (worker == null || worker.isRunning()) && attempt.deliverNext(audience, channel)) {
            sent++;
        }
        return sent == batchSize;
    }
}
