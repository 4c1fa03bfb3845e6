package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket went up a level (升级): its restore deadline is close or missed and the target role
 * must act.
 *
 * @param level          escalation level, from 1; each level has its own target role
 * @param elapsedPercent share of the allowed time used when the stage fell due (100 = deadline)
 * @param overdueBy      how far past the restore deadline the stage fell due; zero before it
 * @param dueAt          when the stage was due; {@code occurredAt - dueAt} is how late it fired
 * @param critical       a breach-or-later escalation that is repeated until acknowledged
 * @param technicianId   the technician holding the work order, if any
 * @param clock which of the ticket's clocks ({@link SlaClocks}): {@code restore}, or a response
 *              milestone's name, whose deadline {@code restoreDeadline} then holds
 */
public record TicketEscalated(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        int level,
        EscalationRole targetRole,
        int elapsedPercent,
        Instant dueAt,
        Instant restoreDeadline,
        Duration overdueBy,
        boolean critical,
        TicketClassification classification,
        String technicianId,
        String clock) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public TicketEscalated {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        if (level < 1) {
            throw new IllegalArgumentException("field 'level' must be 1 or more, was " + level);
        }
        Require.present(targetRole, "targetRole");
        Require.present(dueAt, "dueAt");
        Require.present(restoreDeadline, "restoreDeadline");
        Require.present(overdueBy, "overdueBy");
        Require.present(classification, "classification");
        clock = SlaClocks.orRestore(clock);
    }

    /** The restore clock's event (what every event was before a ticket had several clocks). */
    public TicketEscalated(UUID eventId, Instant occurredAt, String ticketId, int schemaVersion, int level,
            EscalationRole targetRole, int elapsedPercent, Instant dueAt, Instant restoreDeadline, Duration overdueBy,
            boolean critical, TicketClassification classification, String technicianId) {
        this(eventId, occurredAt, ticketId, schemaVersion, level, targetRole, elapsedPercent, dueAt, restoreDeadline,
                overdueBy, critical, classification, technicianId, SlaClocks.RESTORE);
    }

    /** Whether this is the restore clock's event, rather than a response milestone's. */
    @JsonIgnore
    public boolean isRestoreClock() {
        return SlaClocks.RESTORE.equals(clock);
    }
}
