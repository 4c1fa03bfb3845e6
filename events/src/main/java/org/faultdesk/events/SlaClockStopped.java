package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket's restore clock stopped at resolution: the SLA was met or breached.
 *
 * @param timeToRestore time counted by the clock, pauses excluded
 * @param pausedTotal   time spent waiting on the customer
 * @param clock which of the ticket's clocks ({@link SlaClocks}): {@code restore}, or a response
 *              milestone's name, whose deadline {@code restoreDeadline} then holds
 */
public record SlaClockStopped(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        SlaOutcome outcome,
        Instant startedAt,
        Instant stoppedAt,
        Instant restoreDeadline,
        Duration timeToRestore,
        Duration pausedTotal,
        TicketClassification classification,
        String clock) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public SlaClockStopped {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.present(outcome, "outcome");
        Require.present(startedAt, "startedAt");
        Require.present(stoppedAt, "stoppedAt");
        Require.present(restoreDeadline, "restoreDeadline");
        Require.present(timeToRestore, "timeToRestore");
        Require.present(pausedTotal, "pausedTotal");
        Require.present(classification, "classification");
        clock = SlaClocks.orRestore(clock);
    }

    /** The restore clock's event (what every event was before a ticket had several clocks). */
    public SlaClockStopped(UUID eventId, Instant occurredAt, String ticketId, int schemaVersion, SlaOutcome outcome,
            Instant startedAt, Instant stoppedAt, Instant restoreDeadline, Duration timeToRestore,
            Duration pausedTotal, TicketClassification classification) {
        this(eventId, occurredAt, ticketId, schemaVersion, outcome, startedAt, stoppedAt, restoreDeadline,
                timeToRestore, pausedTotal, classification, SlaClocks.RESTORE);
    }

    /** Whether this is the restore clock's event, rather than a response milestone's. */
    @JsonIgnore
    public boolean isRestoreClock() {
        return SlaClocks.RESTORE.equals(clock);
    }
}
