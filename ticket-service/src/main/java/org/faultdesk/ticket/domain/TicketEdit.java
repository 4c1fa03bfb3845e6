package org.faultdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.ticket.app.TicketService;

/**
 * The state a call centre wants a ticket in after a merge-patch: every editable field, plus the
 * notes to append. {@link TicketService#edit} compares it with the ticket and applies the
 * differences.
 */
public record TicketEdit(
        String name,
        String description,
        TicketClassification classification,
        Instant requestedResolutionDate,
        CustomerContact contact,
        TicketStatus status,
        String statusChangeReason,
        String resolutionCode,
        List<NewNote> newNotes) {
}
