package org.faultdesk.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.faultdesk.dispatch.domain.DoorstepRule;
import org.faultdesk.dispatch.domain.Technician;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderStatus;
import org.faultdesk.dispatch.domain.WorkOrderStep;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.support.problem.ProblemException;

/**
 * A technician's steps on their own work orders. The order's row is locked for the step, so a
 * step and a time-out or a cancellation never overlap.
 */
@ApplicationScoped
public class FieldVisits {

    @Inject
    Clock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    WorkOrderJournal journal;

    @Inject
    DispatchWorker worker;

    /** The work orders the technician holds now, appointments first. */
    @Transactional
    public List<WorkOrder> held(String technicianId) {
        requireTechnician(technicianId);
        return WorkOrder.<WorkOrder>list("technicianId = ?1 and status not in ?2 order by appointmentStart nulls last, assignedAt",
                technicianId, List.of(WorkOrderStatus.COMPLETED, WorkOrderStatus.CANCELLED));
    }

    @Transactional
    public WorkOrder view(String technicianId, String workOrderId) {
        requireTechnician(technicianId);
        return owned(technicianId, workOrderId, false);
    }

    @Transactional
    public WorkOrder accept(String technicianId, String workOrderId) {
        return simpleStep(technicianId, workOrderId, WorkOrderStep.ACCEPT, null);
    }

    @Transactional
    public WorkOrder decline(String technicianId, String workOrderId, String reason) {
        WorkOrder order = owned(technicianId, workOrderId, true);
        dispatcher.withdraw(order, WorkOrderStep.DECLINE, TicketDispatched.Reason.PREVIOUS_DECLINED, reason, technicianId);
        worker.wakeAfterCommit();
        return order;
    }

    @Transactional
    public WorkOrder book(String technicianId, String workOrderId, Instant start, Instant end, String note) {
        return booking(technicianId, workOrderId, WorkOrderStep.BOOK, start, end, note);
    }

    @Transactional
    public WorkOrder rebookForCustomer(String technicianId, String workOrderId, Instant start, Instant end, String note) {
        return booking(technicianId, workOrderId, WorkOrderStep.REBOOK_FOR_CUSTOMER, start, end, note);
    }

    @Transactional
    public WorkOrder setOff(String technicianId, String workOrderId) {
        return simpleStep(technicianId, workOrderId, WorkOrderStep.SET_OFF, null);
    }

    @Transactional
    public WorkOrder arrive(String technicianId, String workOrderId) {
        WorkOrder order = owned(technicianId, workOrderId, true);
        order.status = WorkOrderStep.ARRIVE.from(order.status);
        order.arrivedAt = clock.instant();
        journal.step(order, WorkOrderStep.ARRIVE.action(), technicianId, null, technicianId);
        return order;
    }

    /** The 10-minute rule; the note left at the door is kept, and the order needs a new booking. */
    @Transactional
    public WorkOrder customerAbsent(String technicianId, String workOrderId, String note) {
        WorkOrder order = owned(technicianId, workOrderId, true);
        WorkOrderStatus next = WorkOrderStep.REPORT_CUSTOMER_ABSENT.from(order.status);
        DoorstepRule.checkCustomerAbsent(order.arrivedAt, clock.instant());
        order.status = next;
        order.appointmentStart = null;
        order.appointmentEnd = null;
        journal.step(order, WorkOrderStep.REPORT_CUSTOMER_ABSENT.action(), technicianId, note, technicianId);
        return order;
    }

    @Transactional
    public WorkOrder requestSupport(String technicianId, String workOrderId, String note) {
        return simpleStep(technicianId, workOrderId, WorkOrderStep.REQUEST_SUPPORT, note);
    }

    @Transactional
    public WorkOrder complete(String technicianId, String workOrderId, String resolutionCode, String notes) {
        WorkOrder order = owned(technicianId, workOrderId, true);
        order.resolutionCode = resolutionCode;
        order.completionNotes = notes;
        dispatcher.close(order, WorkOrderStep.COMPLETE, notes, technicianId);
        worker.wakeAfterCommit();
        return order;
    }

    private WorkOrder simpleStep(String technicianId, String workOrderId, WorkOrderStep step, String note) {
        WorkOrder order = owned(technicianId, workOrderId, true);
        order.status = step.from(order.status);
        journal.step(order, step.action(), technicianId, note, technicianId);
        return order;
    }

    private WorkOrder booking(String technicianId, String workOrderId, WorkOrderStep step,
                              Instant start, Instant end, String note) {
        if (!end.isAfter(start)) {
            throw new ProblemException(400, "invalid-appointment", "Invalid appointment window",
                    "the window must end after it starts: " + start + " to " + end);
        }
        if (!end.isAfter(clock.instant())) {
            throw new ProblemException(400, "invalid-appointment", "Invalid appointment window",
                    "the window " + start + " to " + end + " is already over");
        }
        WorkOrder order = owned(technicianId, workOrderId, true);
        order.status = step.from(order.status);
        order.appointmentStart = start;
        order.appointmentEnd = end;
        journal.step(order, step.action(), technicianId, note, technicianId);
        return order;
    }

    /** The work order, if this technician holds it (or held it last, once closed); 404 or 403 otherwise. */
    private WorkOrder owned(String technicianId, String workOrderId, boolean forUpdate) {
        requireTechnician(technicianId);
        WorkOrder order = forUpdate
                ? WorkOrder.findById(workOrderId, LockModeType.PESSIMISTIC_WRITE)
                : WorkOrder.findById(workOrderId);
        if (order == null) {
            throw new ProblemException(404, "work-order-not-found", "Work order not found",
                    "no work order " + workOrderId);
        }
        if (!technicianId.equals(order.technicianId)) {
            throw new ProblemException(403, "not-your-work-order", "Not your work order",
                    "work order " + workOrderId + " is not assigned to technician " + technicianId);
        }
        return order;
    }

    private static void requireTechnician(String technicianId) {
        if (Technician.findById(technicianId) == null) {
            throw new ProblemException(404, "technician-not-found", "Technician not found",
                    "no technician " + technicianId);
        }
    }
}
