package org.faultdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a ticket; append-only, so every column is written once. */
@Entity
@Table(name = "ticket_note")
public class TicketNote extends TicketEntry {

    @Column(name = "note_date", nullable = false, updatable = false)
    public Instant date;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String text;

    protected TicketNote() {
    }

    TicketNote(Ticket ticket, String author, String text, Instant at) {
        super(ticket);
        this.author = author;
        this.text = text;
        this.date = at;
    }
}
