package org.faultdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A step in the work order's life in the field. ticket-service turns
 * {@link WorkOrderAction#APPOINTMENT_REBOOKED_BY_CUSTOMER} and {@link WorkOrderAction#CUSTOMER_ABSENT}
 * into {@code pending}, {@link WorkOrderAction#ARRIVED} back into {@code inProgress}, and
 * {@link WorkOrderAction#COMPLETED} into {@code resolved}.
 *
 * @param technicianId     the technician concerned; null while the order waits for one
 * @param appointmentStart start of the booked window, when the step books one
 * @param appointmentEnd   end of the booked window, when the step books one
 * @param resolutionCode   set on {@link WorkOrderAction#COMPLETED}
 * @param note             free text from the technician; no customer data belongs here
 * @param actor            who acted: a technician id, a dispatcher, or "dispatch-service"
 */
public record WorkOrderUpdated(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        String workOrderId,
        WorkOrderAction action,
        String technicianId,
        Instant appointmentStart,
        Instant appointmentEnd,
        String resolutionCode,
        String note,
        String actor) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public WorkOrderUpdated {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.text(workOrderId, "workOrderId");
        Require.present(action, "action");
        if (action == WorkOrderAction.COMPLETED) {
            Require.text(resolutionCode, "resolutionCode");
        }
        if ((appointmentStart == null) != (appointmentEnd == null)) {
            throw new IllegalArgumentException("fields 'appointmentStart' and 'appointmentEnd' come together");
        }
        if (appointmentStart != null && !appointmentEnd.isAfter(appointmentStart)) {
            throw new IllegalArgumentException("field 'appointmentEnd' must be after 'appointmentStart'");
        }
        Require.text(actor, "actor");
    }
}
