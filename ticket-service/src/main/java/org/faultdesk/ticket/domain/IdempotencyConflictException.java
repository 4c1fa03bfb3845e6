package org.faultdesk.ticket.domain;

/** A create retry reused an idempotency key or external identifier with a different request. */
public class IdempotencyConflictException extends RuntimeException {

    private final String ticketId;

    public IdempotencyConflictException(String claim, String ticketId) {
        super(claim + " was already used for ticket " + ticketId + " with a different request; "
                + "a retry must repeat the original request exactly");
        this.ticketId = ticketId;
    }

    public String ticketId() {
        return ticketId;
    }
}
