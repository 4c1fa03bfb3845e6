package org.faultdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A work order for the ticket was assigned to a field technician.
 *
 * @param assignment     1 for the first assignment, then one more for each reassignment
 * @param reason         why this assignment happened
 * @param teamId         the technician's crew; its team lead receives the SLA warnings
 */
public record TicketDispatched(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        String workOrderId,
        String technicianId,
        String technicianName,
        String teamId,
        String maintenanceCompany,
        String areaCode,
        int assignment,
        Reason reason) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    /** Why the work order went to this technician now. */
    public enum Reason {
        FIRST_ASSIGNMENT,
        PREVIOUS_DECLINED,
        PREVIOUS_TIMED_OUT,
        TECHNICIAN_BECAME_AVAILABLE,
        MANUAL
    }

    public TicketDispatched {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.text(workOrderId, "workOrderId");
        Require.text(technicianId, "technicianId");
        Require.text(technicianName, "technicianName");
        Require.text(teamId, "teamId");
        Require.text(maintenanceCompany, "maintenanceCompany");
        Require.text(areaCode, "areaCode");
        if (assignment < 1) {
            throw new IllegalArgumentException("field 'assignment' must be 1 or more, was " + assignment);
        }
        Require.present(reason, "reason");
    }
}
