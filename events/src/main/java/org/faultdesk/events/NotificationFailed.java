package org.faultdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice could not be delivered after its last attempt: someone must call the supervisor or
 * the customer another way. Names the recipient by id ("customer" for the ticket's customer),
 * never by address.
 *
 * @param sourceEventId the event that caused the notice (e.g. the TicketEscalated)
 * @param notice        which notice, e.g. ESCALATION, SERVICE_RESTORED
 * @param recipient     a person id of the directory, or "customer"
 * @param channel       EMAIL, SMS or FEED
 * @param reason        the last error, with phone numbers masked
 */
public record NotificationFailed(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        UUID sourceEventId,
        String notice,
        String recipient,
        String channel,
        int attempts,
        String reason) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public NotificationFailed {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.present(sourceEventId, "sourceEventId");
        Require.text(notice, "notice");
        Require.text(recipient, "recipient");
        Require.text(channel, "channel");
        if (attempts < 1) {
            throw new IllegalArgumentException("field 'attempts' must be 1 or more, was " + attempts);
        }
        Require.text(reason, "reason");
    }
}
