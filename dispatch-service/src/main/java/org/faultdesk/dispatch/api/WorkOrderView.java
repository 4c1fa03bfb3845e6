package org.faultdesk.dispatch.api;

import java.time.Instant;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderStatus;

/**
 * A work order as technicians and dispatchers see it. No customer data: the technician's app asks
 * ticket-service for the contact.
 *
 * @param restoreDeadline sla-monitor's deadline when known, otherwise dispatch's estimate
 */
public record WorkOrderView(
        String id,
        String ticketId,
        WorkOrderStatus status,
        String kind,
        String serviceType,
        String customerTier,
        String faultScope,
        String locality,
        int priority,
        String areaCode,
        String title,
        Instant openedAt,
        Instant restoreDeadline,
        String technicianId,
        int assignment,
        Instant assignedAt,
        Instant appointmentStart,
        Instant appointmentEnd,
        Instant arrivedAt,
        String resolutionCode,
        String completionNotes,
        Instant closedAt) {

    static WorkOrderView of(WorkOrder o) {
        return new WorkOrderView(o.id, o.ticketId, o.status, o.kind.name(), o.serviceType.name(),
                o.customerTier.name(), o.faultScope.name(), o.locality.name(), o.priority, o.areaCode, o.title,
                o.openedAt, o.restoreDeadline(), o.technicianId, o.assignment, o.assignedAt,
                o.appointmentStart, o.appointmentEnd, o.arrivedAt, o.resolutionCode, o.completionNotes, o.closedAt);
    }
}
