package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * An early escalation stage fell due (for example 50% of the allowed time used): the restore
 * deadline is at risk but not yet missed.
 *
 * @param stage          the stage's position on the tier's ladder, from 1
 * @param elapsedPercent share of the allowed time used when the stage fell due
 * @param dueAt          when the stage was due; {@code occurredAt - dueAt} is how late it fired
 * @param technicianId   the technician holding the work order, if any; their team lead is told
 * @param clock which of the ticket's clocks ({@link SlaClocks}): {@code restore}, or a response
 *              milestone's name, whose deadline {@code restoreDeadline} then holds
 */
public record SlaWarningRaised(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        int stage,
        EscalationRole targetRole,
        int elapsedPercent,
        Instant dueAt,
        Instant restoreDeadline,
        TicketClassification classification,
        String technicianId,
        String clock) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public SlaWarningRaised {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        if (stage < 1) {
            throw new IllegalArgumentException("field 'stage' must be 1 or more, was " + stage);
        }
        Require.present(targetRole, "targetRole");
        Require.present(dueAt, "dueAt");
        Require.present(restoreDeadline, "restoreDeadline");
        Require.present(classification, "classification");
        clock = SlaClocks.orRestore(clock);
    }

    /** The restore clock's event (what every event was before a ticket had several clocks). */
    public SlaWarningRaised(UUID eventId, Instant occurredAt, String ticketId, int schemaVersion, int stage,
            EscalationRole targetRole, int elapsedPercent, Instant dueAt, Instant restoreDeadline,
            TicketClassification classification, String technicianId) {
        this(eventId, occurredAt, ticketId, schemaVersion, stage, targetRole, elapsedPercent, dueAt, restoreDeadline,
                classification, technicianId, SlaClocks.RESTORE);
    }

    /** Whether this is the restore clock's event, rather than a response milestone's. */
    @JsonIgnore
    public boolean isRestoreClock() {
        return SlaClocks.RESTORE.equals(clock);
    }
}
