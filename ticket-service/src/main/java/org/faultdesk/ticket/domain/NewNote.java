package org.faultdesk.ticket.domain;

/** A note to append to a ticket. */
public record NewNote(String author, String text) {
}
