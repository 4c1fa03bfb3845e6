package org.faultdesk.ticket.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.support.privacy.Masking;

/**
 * The events a ticket's changes become. They carry the classification and the facts of the step,
 * never the customer's contact (docs/adr/0003); free text (title, reason) with any phone number,
 * e-mail address or identity-card number in it masked.
 */
public final class TicketEvents {

    private TicketEvents() {
    }

    public static TicketOpened opened(Ticket ticket) {
        return new TicketOpened(UUID.randomUUID(), ticket.creationDate, ticket.id, TicketOpened.SCHEMA_VERSION,
                ticket.creationDate, ticket.classification(), Masking.freeText(ticket.name), ticket.channel);
    }

    public static TicketUpdated updated(Ticket ticket, Set<TicketUpdated.Change> changes, TicketStatus previousStatus,
                                        String reason, String actor, Instant at) {
        return new TicketUpdated(UUID.randomUUID(), at, ticket.id, TicketUpdated.SCHEMA_VERSION, changes,
                ticket.status, previousStatus, ticket.classification(), Masking.freeText(reason), actor);
    }

    public static TicketResolved resolved(Ticket ticket, String actor) {
        return new TicketResolved(UUID.randomUUID(), ticket.resolutionDate, ticket.id, TicketResolved.SCHEMA_VERSION,
                ticket.resolutionDate, ticket.classification(), ticket.resolutionCode, actor);
    }
}
