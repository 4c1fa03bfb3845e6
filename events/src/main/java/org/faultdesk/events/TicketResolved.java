package org.faultdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Service was restored and the ticket resolved; the restore clock stops at {@code resolvedAt}.
 *
 * @param resolutionCode what fixed it, from the technician's or agent's code list
 * @param actor          who resolved it
 */
public record TicketResolved(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        Instant resolvedAt,
        TicketClassification classification,
        String resolutionCode,
        String actor) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public TicketResolved {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.present(resolvedAt, "resolvedAt");
        Require.present(classification, "classification");
        Require.text(resolutionCode, "resolutionCode");
        Require.text(actor, "actor");
    }
}
