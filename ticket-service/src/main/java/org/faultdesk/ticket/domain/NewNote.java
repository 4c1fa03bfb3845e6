package org.faultdesk.ticket.domain;

/** A note to append to a ticket. */
public record NoteInput(String author, String text) {
}
