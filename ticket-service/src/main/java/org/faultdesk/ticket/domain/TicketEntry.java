package org.faultdesk.ticket.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Something recorded on a ticket once and never changed: a status change, a note. */
@MappedSuperclass
public abstract class TicketEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", updatable = false)
    public Ticket ticket;

    protected TicketEntry() {
    }

    protected TicketEntry(Ticket ticket) {
        this.ticket = ticket;
    }
}
