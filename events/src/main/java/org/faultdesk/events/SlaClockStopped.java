package org.faultdesk.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket's restore clock stopped at resolution: the SLA was met or breached.
 *
 * @param timeToRestore time counted by the clock, pauses excluded
 * @param pausedTotal   time spent waiting on the customer
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
        TicketClassification classification) implements TicketEvent {

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
    }
}
