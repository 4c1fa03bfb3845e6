package org.faultdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a ticket; append-only, so every column is written once. */
@Entity
@Table(name = "ticket_note")
public class TicketNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", updatable = false)
    public Ticket ticket;

    @Column(name = "note_date", nullable = false, updatable = false)
    public Instant date;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String text;

    protected TicketNote() {
    }

    TicketNote(Ticket ticket, String author, String text, Instant at) {
        this.ticket = ticket;
        this.author = author;
        this.text = text;
        this.date = at;
    }
}
