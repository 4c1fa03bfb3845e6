package org.faultdesk.notification.api;

import java.time.Instant;
import java.util.UUID;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.notification.domain.Escalation;

/** An escalation as supervisors see it: who it was for, whether it is repeated, who acknowledged it. */
public record EscalationView(UUID id, String ticketId, int level, EscalationRole targetRole, String areaCode,
                            boolean critical, Instant raisedAt, int repeats, Instant nextRepeatAt,
                            Instant acknowledgedAt, String acknowledgedBy) {

    static EscalationView of(Escalation e) {
        return new EscalationView(e.eventId, e.ticketId, e.level, e.targetRole, e.areaCode, e.critical, e.raisedAt,
                e.repeats, e.nextRepeatAt, e.acknowledgedAt, e.acknowledgedBy);
    }
}
