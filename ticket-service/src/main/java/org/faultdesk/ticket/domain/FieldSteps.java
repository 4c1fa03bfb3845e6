package org.faultdesk.ticket.domain;

import java.util.Optional;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;

/**
 * What a step in the field means for the ticket: a completed work order resolves it, a customer
 * who asked for a later visit or was not at home puts it to pending (the restore clock pauses),
 * and the technician's next arrival puts it back in progress; the other steps only add their note.
 */
public final class FieldSteps {

    private FieldSteps() {
    }

    /** The status a field step puts the ticket in, if any. */
    public static Optional<TicketStatus> statusAfter(WorkOrderAction action) {
        return Optional.ofNullable(switch (action) {
            case COMPLETED -> TicketStatus.RESOLVED;
            case APPOINTMENT_REBOOKED_BY_CUSTOMER, CUSTOMER_ABSENT -> TicketStatus.PENDING;
            case ARRIVED -> TicketStatus.IN_PROGRESS;
            default -> null;
        });
    }

    /** The status change's reason, as the ticket's history shows it. */
    public static String reason(WorkOrderUpdated event) {
        String what = switch (event.action()) {
            case COMPLETED -> "completed (" + event.resolutionCode() + ")";
            case APPOINTMENT_REBOOKED_BY_CUSTOMER -> "rebooked at the customer's request";
            case CUSTOMER_ABSENT -> "customer absent at the visit";
            case ARRIVED -> "technician arrived";
            default -> event.action().name();
        };
        return "work order " + event.workOrderId() + ": " + what;
    }
}
