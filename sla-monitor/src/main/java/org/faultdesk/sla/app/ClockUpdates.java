package org.faultdesk.sla.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.sla.domain.ClockMark;
import org.faultdesk.sla.domain.ClockTransitions;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;

/**
 * What each ticket event means for the ticket's clocks: a mark added, a classification replaced,
 * the technician remembered, a response milestone proved. Times come from the events, never from the moment of consumption, so
 * late, duplicate and out-of-order events give the same clock (ADR 0020).
 */
@ApplicationScoped
public class ClockUpdates {

    @Inject
    ClockKeeper keeper;

    @Inject
    MajorIncidentDetector incidents;

    @Inject
    SlaRules rules;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(TicketOpened event) {
        ClockRow[] changed = new ClockRow[1];
        keeper.change(event.ticketId(), row -> {
            if (row.openedAt == null) {
                row.openedAt = event.openedAt();
            }
            classifyIfNewer(row, event.classification(), event.occurredAt());
            prove(row, Topics.TICKET_OPENED, event, event.occurredAt());
            changed[0] = row;
        });
        if (event.classification().kind() == TicketKind.FAULT) {
            incidents.faultOpened(event, changed[0].restoreDeadline);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(TicketUpdated event) {
        keeper.change(event.ticketId(), row -> {
            classifyIfNewer(row, event.classification(), event.occurredAt());
            if (event.changes().contains(TicketUpdated.Change.STATUS)) {
                ClockTransitions.markFor(event.status())
                        .ifPresent(type -> ClockStore.addMark(row, event.occurredAt(), type));
            }
            prove(row, Topics.TICKET_UPDATED, event, event.occurredAt());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(TicketResolved event) {
        keeper.change(event.ticketId(), row -> {
            classifyIfNewer(row, event.classification(), event.occurredAt());
            ClockStore.addMark(row, event.resolvedAt(), ClockMark.Type.STOP);
            prove(row, Topics.TICKET_RESOLVED, event, event.resolvedAt());
        });
    }

    /** The latest dispatch names the technician whose team lead a warning goes to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatched(TicketDispatched event) {
        keeper.change(event.ticketId(), row -> {
            if (row.technicianAt == null || !event.occurredAt().isBefore(row.technicianAt)) {
                row.technicianId = event.technicianId();
                row.technicianAt = event.occurredAt();
            }
            prove(row, Topics.TICKET_DISPATCHED, event, event.occurredAt());
        });
    }

    /**
     * A step in the field matters here only when it proves a milestone (the work order created, the
     * visit booked): the others are decided from the event alone, without touching the database.
     */
    public boolean provesAMilestone(WorkOrderUpdated event) {
        return !proved(Topics.WORK_ORDER_UPDATED, event).isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void workOrderUpdated(WorkOrderUpdated event) {
        keeper.change(event.ticketId(), row -> prove(row, Topics.WORK_ORDER_UPDATED, event, event.occurredAt()));
    }

    /** Records the milestones (milestones.csv) the event proves, at the time it gives. */
    private void prove(ClockRow row, String topic, TicketEvent event, Instant at) {
        List<String> proved = proved(topic, event);
        if (!proved.isEmpty()) {
            ClockStore.proveMilestones(row, proved, at);
        }
    }

    /** Every event carries the whole classification; only a newer one replaces what we have. */
    private static void classifyIfNewer(ClockRow row, TicketClassification classification, Instant at) {
        if (row.classifiedAt == null || !at.isBefore(row.classifiedAt)) {
            ClockStore.classify(row, classification, at);
        }
    }

    private List<String> proved(String topic, TicketEvent event) {
        return rules.milestones().provedBy(topic, EventJson.mapper().valueToTree(event));
    }
}
