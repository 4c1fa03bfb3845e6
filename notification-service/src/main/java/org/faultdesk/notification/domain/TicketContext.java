package org.faultdesk.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    /** The customer hears of a missed deadline once, not at every escalation level after it. */
    @Column(name = "customer_told_of_breach")
    public boolean customerToldOfBreach;

    /** The ticket's context, created empty on first sight; events about one ticket may come in any order. */
    public static TicketContext of(String ticketId) {
        TicketContext context = findById(ticketId);
        if (context == null) {
            context = new TicketContext();
            context.ticketId = ticketId;
            context.persist();
        }
        return context;
    }
}
