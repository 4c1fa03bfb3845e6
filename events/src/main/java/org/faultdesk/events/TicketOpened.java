package org.faultdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A call centre opened a trouble ticket. Carries no customer name, phone or address: consumers
 * that must reach the customer ask ticket-service for the contact (see docs/adr).
 *
 * @param openedAt when the ticket was accepted; the restore clock starts here
 * @param title    short statement of the symptom, e.g. "no internet since 08:00"
 * @param channel  where the ticket came from: hotline, businessHall, customerManager, crm…
 */
public record TicketOpened(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        Instant openedAt,
        TicketClassification classification,
        String title,
        String channel) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public TicketOpened {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.present(openedAt, "openedAt");
        Require.present(classification, "classification");
        Require.text(title, "title");
        Require.text(channel, "channel");
    }
}
