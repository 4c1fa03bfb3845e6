package org.faultdesk.dispatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.faultdesk.ticketclient.CustomerContact;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderStatus;

/**
 * A work order as technicians and dispatchers see it. The customer's contact is fetched from
 * ticket-service for the technician's own detail view only, and never stored here.
 *
 * @param restoreDeadline sla-monitor's deadline when known, otherwise dispatch's estimate
 * @param customerContact  only in the holding technician's view of an open order, when ticket-service answers
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
        Instant closedAt,
        int visit,
        Instant reopenedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) CustomerContact customerContact) {

    static WorkOrderView of(WorkOrder o) {
        return of(o, null);
    }

    static WorkOrderView of(WorkOrder o, CustomerContact contact) {
        return new WorkOrderView(o.id, o.ticketId, o.status, o.kind.name(), o.serviceType.name(),
                o.customerTier.name(), o.faultScope.name(), o.locality.name(), o.priority, o.areaCode, o.title,
                o.openedAt, o.restoreDeadline(), o.technicianId, o.assignment, o.assignedAt,
                o.appointmentStart, o.appointmentEnd, o.arrivedAt, o.resolutionCode, o.completionNotes, o.closedAt,
                o.visit, o.reopenedAt, contact);
    }
}
