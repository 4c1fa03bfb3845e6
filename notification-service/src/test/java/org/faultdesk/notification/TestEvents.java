package org.faultdesk.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.MajorIncidentSuspected;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.events.Fixtures;

/** Events of the shared fixtures, re-addressed to a test's own ticket and area. */
public final class TestEvents {

    public static final Instant DEADLINE = Instant.parse("2026-11-23T12:15:00Z");

    private TestEvents() {
    }

    public static String ticketId() {
        return "TT-TEST-" + UUID.randomUUID();
    }

    public static TicketClassification classification(String areaCode) {
        TicketClassification c = Fixtures.event(TicketEscalated.class).classification();
        return new TicketClassification(c.kind(), c.serviceType(), c.customerTier(), c.severity(), c.priority(),
                c.faultScope(), c.locality(), areaCode);
    }

    public static TicketOpened opened(String ticketId, String areaCode) {
        TicketOpened f = Fixtures.event(TicketOpened.class);
        return new TicketOpened(UUID.randomUUID(), Instant.now(), ticketId, TicketOpened.SCHEMA_VERSION, Instant.now(),
                classification(areaCode), f.title(), f.channel());
    }

    /** The ticket's status changed from {@code from} to {@code to}, as ticket-service announces it. */
    public static TicketUpdated statusChanged(String ticketId, String areaCode, TicketStatus from, TicketStatus to) {
        return new TicketUpdated(UUID.randomUUID(), Instant.now(), ticketId, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.STATUS), to, from, classification(areaCode), "test: " + to.tmfName(),
                "AGENT-0042");
    }

    /** An AAA ticket 1 h 30 min past its 20:15 (Shanghai) deadline, escalated to {@code role}. */
    public static TicketEscalated escalated(String ticketId, String areaCode, EscalationRole role, boolean critical) {
        TicketEscalated f = Fixtures.event(TicketEscalated.class);
        return new TicketEscalated(UUID.randomUUID(), Instant.now(), ticketId, TicketEscalated.SCHEMA_VERSION,
                2, role, 137, DEADLINE.plus(Duration.ofMinutes(90)), DEADLINE, Duration.ofMinutes(90), critical,
                classification(areaCode), f.technicianId());
    }

    /** The same escalation (overdue by 1 h 30 min) of one of the ticket's response clocks (a work order not created in time, …). */
    public static TicketEscalated escalated(String ticketId, String areaCode, EscalationRole role, String clock) {
        TicketEscalated restore = escalated(ticketId, areaCode, role, true);
        return new TicketEscalated(restore.eventId(), restore.occurredAt(), ticketId, restore.schemaVersion(),
                1, role, 137, DEADLINE.plus(Duration.ofMinutes(90)), DEADLINE, Duration.ofMinutes(90), true,
                restore.classification(),
                restore.technicianId(), clock);
    }

    public static SlaWarningRaised warning(String ticketId, String areaCode) {
        return warning(ticketId, areaCode, 1, EscalationRole.TEAM_LEAD, 50);
    }

    public static SlaWarningRaised warning(String ticketId, String areaCode, int stage, EscalationRole role, int percent) {
        return new SlaWarningRaised(UUID.randomUUID(), Instant.now(), ticketId, SlaWarningRaised.SCHEMA_VERSION, stage,
                role, percent, Instant.now(), DEADLINE, classification(areaCode), "TECH-GZ-0219");
    }

    public static TicketDispatched dispatched(String ticketId, String areaCode, String teamId) {
        return new TicketDispatched(UUID.randomUUID(), Instant.now(), ticketId, TicketDispatched.SCHEMA_VERSION,
                "WO-" + ticketId, "TECH-GZ-0219", "Wang Gang", teamId, "in-house", areaCode, 1,
                TicketDispatched.Reason.FIRST_ASSIGNMENT);
    }

    public static SlaClockStarted clockStarted(String ticketId) {
        SlaClockStarted f = Fixtures.event(SlaClockStarted.class);
        return new SlaClockStarted(UUID.randomUUID(), Instant.now(), ticketId, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, Instant.now(), DEADLINE,
                f.allowance(), f.policyKey(), false, Duration.ZERO);
    }

    public static WorkOrderUpdated appointmentBooked(String ticketId, Instant start) {
        return new WorkOrderUpdated(UUID.randomUUID(), Instant.now(), ticketId, WorkOrderUpdated.SCHEMA_VERSION,
                "WO-" + ticketId, WorkOrderAction.APPOINTMENT_BOOKED, "TECH-GZ-0219", start,
                start.plus(Duration.ofHours(2)), null, null, "TECH-GZ-0219");
    }

    public static TicketResolved resolved(String ticketId, String areaCode, Instant resolvedAt) {
        return new TicketResolved(UUID.randomUUID(), Instant.now(), ticketId, TicketResolved.SCHEMA_VERSION,
                resolvedAt, classification(areaCode), "FIBRE_SPLICED", "TECH-GZ-0219");
    }

    public static MajorIncidentSuspected majorIncident(String ticketId, String areaCode, List<String> ticketIds) {
        return new MajorIncidentSuspected(UUID.randomUUID(), Instant.now(), ticketId,
                MajorIncidentSuspected.SCHEMA_VERSION, "MI-" + ticketId, classification(areaCode).serviceType(),
                areaCode, "光猫LOS灯红 no internet", ticketIds, Instant.now().minus(Duration.ofMinutes(30)),
                Instant.now(), DEADLINE);
    }
}
