package org.faultdesk.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.faultdesk.events.TicketStatus;

/** What this service remembers of a ticket from earlier events: its area, crew and deadline. */
@Entity
@Table(name = "ticket_context")
public class TicketContext extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "area_code")
    public String areaCode;

    /** The dispatched technician's crew: its team lead gets the SLA warnings. */
    @Column(name = "team_id")
    public String teamId;

    @Column(name = "technician_id")
    public String technicianId;

    @Column(name = "technician_name")
    public String technicianName;

    public String title;

    @Column(name = "restore_deadline")
    public Instant restoreDeadline;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** When the resolved ticket was last reopened (the fault is back); null if never. */
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    /** The customer hears of a missed deadline once, not at every escalation level after it. */
    @Column(name = "customer_told_of_breach")
    public boolean customerToldOfBreach;

    /** Cancelled, rejected or closed: the first of these the ticket reached; null while it may still be worked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ended_status")
    public TicketStatus endedStatus;

    @Column(name = "ended_at")
    public Instant endedAt;

    /**
     * Whether {@code status} ends a ticket for good: cancelled, rejected and closed are final in TMF621
     * and in ticket-service's lifecycle (nothing leaves them), so nobody will work the ticket again.
     * Resolved is not one: a resolved ticket can be reopened.
     */
    public static boolean isEnd(TicketStatus status) {
        return status.isTerminal() && status != TicketStatus.RESOLVED;
    }

    /**
     * Whether the ticket is resolved now: a later reopen undoes the resolution. Decided by the times,
     * not by arrival: the resolution and the reopen come on different topics, in either order.
     */
    public boolean resolved() {
        return resolvedAt != null && (reopenedAt == null || resolvedAt.isAfter(reopenedAt));
    }

    /** Records a reopen; a redelivered or older one changes nothing. */
    public void reopen(Instant at) {
        if (reopenedAt == null || at.isAfter(reopenedAt)) {
            reopenedAt = at;
        }
    }

    /** Whether the ticket ended for good (see {@link #isEnd}). */
    public boolean ended() {
        return endedStatus != null;
    }

    /** Records the end; a redelivered or later end keeps the first, which is when the work stopped. */
    public void end(TicketStatus status, Instant at) {
        if (!isEnd(status)) {
            throw new IllegalArgumentException(status + " does not end a ticket");
        }
        if (endedStatus == null) {
            endedStatus = status;
            endedAt = at;
        }
    }
}
