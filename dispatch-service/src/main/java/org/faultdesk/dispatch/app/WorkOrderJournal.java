package org.faultdesk.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.faultdesk.dispatch.domain.Technician;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderLogEntry;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.support.outbox.Outbox;
import org.faultdesk.support.privacy.Masking;

/**
 * Writes what happened to a work order twice in the caller's transaction: a line of its audit
 * trail, and the event for the rest of the platform (through the outbox).
 */
@ApplicationScoped
public class WorkOrderJournal {

    /** The actor of steps the service takes by itself (time-outs, queueing, closing after the ticket). */
    public static final String SERVICE_ACTOR = "dispatch-service";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** A line of the order's own history that is not a step of the visit (no event): e.g. REOPENED. */
    public void note(WorkOrder order, String action, String note, String actor) {
        log(order, action, null, false, note, actor, clock.instant());
    }

    /** A step of the visit, or of the queue: published as {@code work-order-updated}. */
    public void step(WorkOrder order, WorkOrderAction action, String technicianId, String note, String actor) {
        Instant now = clock.instant();
        boolean books = action == WorkOrderAction.APPOINTMENT_BOOKED
                || action == WorkOrderAction.APPOINTMENT_REBOOKED_BY_CUSTOMER;
        log(order, action.name(), technicianId, books, note, actor, now);
        outbox.publish(new WorkOrderUpdated(UUID.randomUUID(), now, order.ticketId, WorkOrderUpdated.SCHEMA_VERSION,
                order.id, action, technicianId,
                books ? order.appointmentStart : null, books ? order.appointmentEnd : null,
                action == WorkOrderAction.COMPLETED ? order.resolutionCode : null,
                Masking.freeText(note), actor)); // the note in full stays in the order's own log
    }

    /** An assignment: published as {@code ticket-dispatched}. */
    public void assigned(WorkOrder order, Technician technician, TicketDispatched.Reason reason) {
        Instant now = clock.instant();
        log(order, "ASSIGNED", technician.id, false, reason.name(), SERVICE_ACTOR, now);
        outbox.publish(new TicketDispatched(UUID.randomUUID(), now, order.ticketId, TicketDispatched.SCHEMA_VERSION,
                order.id, technician.id, technician.name, technician.teamId, technician.maintenanceCompany,
                order.areaCode, order.assignment, reason));
    }

    private void log(WorkOrder order, String action, String technicianId, boolean booking, String note,
                     String actor, Instant now) {
        WorkOrderLogEntry entry = new WorkOrderLogEntry();
        entry.workOrderId = order.id;
        entry.action = action;
        entry.technicianId = technicianId;
        entry.assignment = order.assignment;
        if (booking) {
            entry.appointmentStart = order.appointmentStart;
            entry.appointmentEnd = order.appointmentEnd;
        }
        entry.note = note;
        entry.actor = actor;
        entry.at = now;
        entityManager.persist(entry);
    }
}
