package org.faultdesk.ticket.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.ticket.domain.TicketService;

/**
 * Turns what happens in the field into the ticket's status: a completed work order resolves the
 * ticket, a customer who asked for a later visit or was not at home puts it to pending (the restore
 * clock pauses), and the technician's next arrival puts it back in progress.
 */
@ApplicationScoped
public class FieldWorkListener {

    @Inject
    TicketFacts facts;

    @Inject
    TicketService tickets;

    @Incoming(Topics.WORK_ORDER_UPDATED)
    @Blocking
    @Transactional
    public void onWorkOrderUpdated(String json) {
        WorkOrderUpdated event = EventJson.read(json, WorkOrderUpdated.class);
        facts.applyOnce(event, ticket -> {
            statusAfter(event.action()).ifPresent(target -> tickets.applyFieldStatus(ticket, target,
                    event.resolutionCode(), reason(event), event.actor(), event.occurredAt()));
            if (event.note() != null && !event.note().isBlank()) {
                ticket.addNote(event.actor(), event.note(), event.occurredAt());
            }
        });
    }

    /** The status a field step puts the ticket in; the other steps only add their note. */
    static Optional<TicketStatus> statusAfter(WorkOrderAction action) {
        return Optional.ofNullable(switch (action) {
            case COMPLETED -> TicketStatus.RESOLVED;
            case APPOINTMENT_REBOOKED_BY_CUSTOMER, CUSTOMER_ABSENT -> TicketStatus.PENDING;
            case ARRIVED -> TicketStatus.IN_PROGRESS;
            default -> null;
        });
    }

    private static String reason(WorkOrderUpdated event) {
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
