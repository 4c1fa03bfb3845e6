package org.faultdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on the platform carries. Events are keyed by {@link #ticketId()} on Kafka so
 * that one ticket's events stay in order; consumers use {@link #eventId()} to ignore redeliveries.
 */
public interface TicketEvent {

    UUID eventId();

    /** When the fact happened at its source, not when it was published or consumed. */
    Instant occurredAt();

    String ticketId();

    /** Bumped on an incompatible change; additive changes keep the version. */
    int schemaVersion();
}
