package org.faultdesk.dispatch.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketKind;

/** The field visit opened for a ticket that needs one; at most one per ticket. */
@Entity
@Table(name = "work_order")
public class WorkOrder extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "ticket_id", nullable = false, unique = true)
    public String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    public ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_tier", nullable = false)
    public CustomerTier customerTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "fault_scope", nullable = false)
    public FaultScope faultScope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Locality locality;

    @Column(nullable = false)
    public int priority;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "estimated_deadline", nullable = false)
    public Instant estimatedDeadline;

    /** sla-monitor's restore deadline, once known; it wins over the estimate. */
    @Column(name = "sla_deadline")
    public Instant slaDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkOrderStatus status;

    @Column(name = "technician_id")
    public String technicianId;

    /** 1 for the first assignment, one more for each reassignment. */
    @Column(nullable = false)
    public int assignment;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_assignment_reason", nullable = false)
    public TicketDispatched.Reason nextAssignmentReason;

    /** Whether WAITING_FOR_TECHNICIAN was published for the current wait, so it is said once. */
    @Column(name = "waiting_announced", nullable = false)
    public boolean waitingAnnounced;

    @Column(name = "excluded_technicians", nullable = false)
    public String excludedTechnicians = "";

    @Column(name = "appointment_start")
    public Instant appointmentStart;

    @Column(name = "appointment_end")
    public Instant appointmentEnd;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Column(name = "resolution_code")
    public String resolutionCode;

    @Column(name = "completion_notes")
    public String completionNotes;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** 1 for the first visit, one more each time the ticket is reopened after the order closed (ADR 0033). */
    @Column(nullable = false)
    public int visit = 1;

    /** When the ticket was last reopened: a resolution or cancellation from before it no longer applies. */
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Version
    public long version;

    /** Takes over the ticket's classification; the estimated deadline follows it. */
    public void classify(TicketClassification c) {
        kind = c.kind();
        serviceType = c.serviceType();
        customerTier = c.customerTier();
        faultScope = c.faultScope();
        locality = c.locality();
        priority = c.priority();
        areaCode = c.areaCode();
        estimatedDeadline = RestoreDeadlineEstimate.of(c, openedAt);
    }

    public Instant restoreDeadline() {
        return slaDeadline != null ? slaDeadline : estimatedDeadline;
    }

    public QueuedWorkOrder queued() {
        return new QueuedWorkOrder(id, restoreDeadline(), customerTier, openedAt);
    }

    public FieldJob job() {
        return new FieldJob(id, areaCode, serviceType, excluded());
    }

    public Set<String> excluded() {
        return Technician.split(excludedTechnicians);
    }

    /**
     * The ticket was reopened: a closed order becomes its next visit, back in the queue for any
     * technician (the one who closed it too), with what the last visit recorded kept in its history.
     */
    public void reopen(Instant ticketReopenedAt) {
        reopenedAt = ticketReopenedAt;
        if (!status.isClosed()) {
            return; // still at work: this visit serves the reopened ticket
        }
        visit++;
        status = WorkOrderStatus.WAITING;
        technicianId = null;
        assignedAt = null;
        appointmentStart = null;
        appointmentEnd = null;
        arrivedAt = null;
        resolutionCode = null;
        completionNotes = null;
        closedAt = null;
        excludedTechnicians = "";
        nextAssignmentReason = TicketDispatched.Reason.FIRST_ASSIGNMENT;
        waitingAnnounced = false;
    }

    /** Whether a ticket event that happened at {@code occurredAt} is older than the ticket's last reopening. */
    public boolean predatesReopening(Instant occurredAt) {
        return reopenedAt != null && occurredAt.isBefore(reopenedAt);
    }

    /** Takes the order back from its technician, who is never offered it again. */
    public void withdrawFrom(String technician, TicketDispatched.Reason reason) {
        Set<String> excluded = excluded();
        excluded.add(technician);
        excludedTechnicians = Technician.join(excluded);
        technicianId = null;
        assignedAt = null;
        nextAssignmentReason = reason;
        waitingAnnounced = false;
    }
}
