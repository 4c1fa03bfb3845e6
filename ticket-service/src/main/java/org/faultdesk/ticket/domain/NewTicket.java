package org.faultdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import org.faultdesk.events.TicketClassification;

/** What a call centre asks for when it opens a ticket, already validated by the API. */
public record NewTicket(
        String name,
        String description,
        TicketClassification classification,
        String channel,
        String externalIdentifier,
        Instant requestedResolutionDate,
        CustomerContact contact,
        String relatedParty,
        List<NewNote> notes) {
}
