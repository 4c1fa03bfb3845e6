package org.faultdesk.sla.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.sla.domain.ClockMark;
import org.faultdesk.sla.domain.ClockTransitions;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;

/**
 * What each ticket event means for the ticket's clock: a mark added, a classification replaced,
 * the technician remembered. Times come from the events, never from the moment of consumption, so
 * late, duplicate and out-of-order events give the same clock (ADR 0020).
 */
@ApplicationScoped
public class ClockUpdates {

    @Inject
    ClockKeeper keeper;

    @Inject
    MajorIncidentDetector incidents;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(TicketOpened event) {
        ClockRow[] changed = new ClockRow[1];
        keeper.change(event.ticketId(), row -> {
            if (row.openedAt == null) {
                row.openedAt = event.openedAt();
            }
            classifyIfNewer(row, event.classification(), event.occurredAt());
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
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(TicketResolved event) {
        keeper.change(event.ticketId(), row -> {
            classifyIfNewer(row, event.classification(), event.occurredAt());
            ClockStore.addMark(row, event.resolvedAt(), ClockMark.Type.STOP);
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
        });
    }

    /** Every event carries the whole classification; only a newer one replaces what we have. */
    private static void classifyIfNewer(ClockRow row, TicketClassification classification, Instant at) {
        if (row.classifiedAt == null || !at.isBefore(row.classifiedAt)) {
            ClockStore.classify(row, classification, at);
        }
    }
}
