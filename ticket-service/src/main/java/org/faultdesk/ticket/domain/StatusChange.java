package org.faultdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.faultdesk.events.TicketStatus;

/** One entry of a ticket's status history: what it became, from what, why, who, when. */
@Entity
@Table(name = "ticket_status_change")
public class StatusChange extends TicketEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", updatable = false)
    public TicketStatus previousStatus;

    @Column(name = "change_date", nullable = false, updatable = false)
    public Instant changeDate;

    @Column(name = "change_reason", updatable = false)
    public String changeReason;

    @Column(nullable = false, updatable = false)
    public String actor;

    protected StatusChange() {
    }

    StatusChange(Ticket ticket, TicketStatus previousStatus, TicketStatus status, String reason, String actor, Instant at) {
        super(ticket);
        this.previousStatus = previousStatus;
        this.status = status;
        this.changeReason = reason;
        this.actor = actor;
        this.changeDate = at;
    }
}
