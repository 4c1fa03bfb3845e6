package org.faultdesk.notification.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.faultdesk.notification.domain.Escalation;
import org.faultdesk.notification.domain.TicketContext;
import org.faultdesk.notification.persistence.EscalationStore;
import org.jboss.logging.Logger;

/**
 * Repeats unacknowledged critical escalations every {@code escalation-repeat-interval} until a
 * supervisor acknowledges them or the ticket is resolved, cancelled, rejected or closed. Due rows
 * are taken with {@code FOR UPDATE SKIP LOCKED}, so several instances never repeat one escalation twice.
 */
@ApplicationScoped
public class EscalationReminders {

    private static final Logger LOG = Logger.getLogger(EscalationReminders.class);

    @Inject
    EscalationStore escalations;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    EscalationAlerts alerts;

    /** Repeats what is due now; returns how many escalations were repeated. */
    public int repeatDue(int batchSize) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<UUID> due = escalations.lockDueRepeats(now, batchSize);
            for (UUID id : due) {
                Escalation escalation = Escalation.findById(id);
                TicketContext ticket = TicketContext.findById(escalation.ticketId);
                if (ticket != null && (ticket.resolved() || ticket.ended())) {
                    escalation.nextRepeatAt = null;
                    continue;
                }
                escalation.repeats++;
                escalation.nextRepeatAt = now.plus(config.escalationRepeatInterval());
                LOG.infof("ticket %s: escalation level %d not acknowledged, repeating (%d)",
                        escalation.ticketId, escalation.level, escalation.repeats);
                alerts.alert(escalation, escalation.repeats);
            }
            return due.size();
        });
    }
}
