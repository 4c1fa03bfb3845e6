package org.faultdesk.ticket.domain;

/** No ticket has this id. */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException(String ticketId) {
        super("no trouble ticket with id '" + ticketId + "'");
    }
}
