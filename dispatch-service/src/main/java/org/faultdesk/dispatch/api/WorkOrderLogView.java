package org.faultdesk.dispatch.api;

import java.time.Instant;
import org.faultdesk.dispatch.domain.WorkOrderLogEntry;

/** One line of a work order's audit trail. */
public record WorkOrderLogView(
        String action,
        String technicianId,
        int assignment,
        Instant appointmentStart,
        Instant appointmentEnd,
        String note,
        String actor,
        Instant at) {

    static WorkOrderLogView of(WorkOrderLogEntry e) {
        return new WorkOrderLogView(e.action, e.technicianId, e.assignment, e.appointmentStart, e.appointmentEnd,
                e.note, e.actor, e.at);
    }
}
