package org.faultdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;

/** Ticket events as ticket-service would publish them, each with a ticket id of its own. */
public final class Tickets {

    private Tickets() {
    }

    public static String newId() {
        return "TT-SLA-" + UUID.randomUUID();
    }

    /** An ordinary enterprise customer's internet leased line within one city: 8 hours. */
    public static TicketClassification eightHours(String area) {
        return new TicketClassification(TicketKind.FAULT, ServiceType.INTERNET_LEASED_LINE, CustomerTier.ORDINARY,
                Severity.CRITICAL, 1, FaultScope.WITHIN_CITY, Locality.URBAN, area);
    }

    public static TicketClassification withTier(TicketClassification c, CustomerTier tier) {
        return new TicketClassification(c.kind(), c.serviceType(), tier, c.severity(), c.priority(), c.faultScope(),
                c.locality(), c.areaCode());
    }

    public static TicketOpened opened(String ticketId, TicketClassification classification, Instant at) {
        return new TicketOpened(UUID.randomUUID(), at, ticketId, TicketOpened.SCHEMA_VERSION, at, classification,
                "Internet leased line down", "hotline");
    }

    public static TicketUpdated status(String ticketId, TicketClassification classification, TicketStatus from,
                                TicketStatus to, Instant at) {
        return new TicketUpdated(UUID.randomUUID(), at, ticketId, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.STATUS), to, from, classification, "test", "agent-7");
    }

    public static TicketUpdated reclassified(String ticketId, TicketClassification classification, Instant at) {
        return new TicketUpdated(UUID.randomUUID(), at, ticketId, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.CLASSIFICATION), TicketStatus.IN_PROGRESS, TicketStatus.IN_PROGRESS,
                classification, "tier corrected", "agent-7");
    }

    public static TicketResolved resolved(String ticketId, TicketClassification classification, Instant at) {
        return new TicketResolved(UUID.randomUUID(), at, ticketId, TicketResolved.SCHEMA_VERSION, at, classification,
                "FIBRE-SPLICED", "tech-42");
    }

    /** A mobile-network complaint: its reply is due in 2 working days, its resolution in 5. */
    public static TicketClassification mobileNetworkComplaint(String area) {
        return new TicketClassification(TicketKind.COMPLAINT, ServiceType.MOBILE_NETWORK, CustomerTier.ORDINARY,
                Severity.MINOR, 3, FaultScope.WITHIN_CITY, Locality.URBAN, area);
    }

    /** A home broadband fault in town: restored in 24 hours, the visit booked within 2. */
    public static TicketClassification homeBroadband(String area) {
        return new TicketClassification(TicketKind.FAULT, ServiceType.HOME_BROADBAND, CustomerTier.ORDINARY,
                Severity.MAJOR, 2, FaultScope.WITHIN_CITY, Locality.URBAN, area);
    }

    /** A step of the ticket's work order in the field, as dispatch-service publishes it. */
    public static WorkOrderUpdated workOrder(String ticketId, WorkOrderAction action, Instant at) {
        boolean booking = action == WorkOrderAction.APPOINTMENT_BOOKED;
        return new WorkOrderUpdated(UUID.randomUUID(), at, ticketId, WorkOrderUpdated.SCHEMA_VERSION, "WO-" + ticketId,
                action, "tech-42", booking ? at.plus(Duration.ofHours(3)) : null,
                booking ? at.plus(Duration.ofHours(5)) : null, null, null, "dispatch-service");
    }

    /** A person added a note to the ticket (the complaint's first reply). */
    public static TicketUpdated note(String ticketId, TicketClassification classification, Instant at) {
        return new TicketUpdated(UUID.randomUUID(), at, ticketId, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.NOTE), TicketStatus.IN_PROGRESS, TicketStatus.IN_PROGRESS, classification,
                null, "agent-7");
    }
}
