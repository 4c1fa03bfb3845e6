package org.faultdesk.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderStatus;
import org.faultdesk.dispatch.domain.WorkOrderStep;
import org.faultdesk.dispatch.persistence.WorkOrderStore;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.WorkOrderAction;
import org.jboss.logging.Logger;

/**
 * What dispatch does about ticket events: opens a work order for work that needs a visit, closes
 * it when the ticket is resolved or cancelled elsewhere, and re-orders the queue when the ticket's
 * tier, scope or restore deadline changes. Each event is applied once (service-support's EventHandling).
 */
@ApplicationScoped
public class TicketFollower {

    private static final Logger LOG = Logger.getLogger(TicketFollower.class);

    @Inject
    WorkOrderStore workOrders;

    @Inject
    WorkOrderJournal journal;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DispatchWorker worker;

    /** Whether a ticket needs a visit at all: decided from the event, before any database round trip. */
    public static boolean needsFieldVisit(TicketOpened event) {
        return event.classification().kind().needsFieldVisit();
    }

    @Transactional
    public void opened(TicketOpened event) {
        TicketClassification c = event.classification();
        if (workOrders.existsForTicket(event.ticketId())) {
            LOG.infof("ticket %s already has a work order; ticket-opened %s ignored", event.ticketId(), event.eventId());
            return;
        }
        WorkOrder order = new WorkOrder();
        order.id = "WO-" + UUID.randomUUID();
        order.ticketId = event.ticketId();
        order.title = event.title();
        order.openedAt = event.openedAt();
        order.classify(c);
        order.status = WorkOrderStatus.WAITING;
        order.nextAssignmentReason = TicketDispatched.Reason.FIRST_ASSIGNMENT;
        order.persist();
        journal.step(order, WorkOrderAction.CREATED, null, c.kind() + " " + c.serviceType() + " in " + c.areaCode(),
                WorkOrderJournal.SERVICE_ACTOR);
        LOG.infof("ticket %s: work order %s opened (%s, %s, area %s)",
                order.ticketId, order.id, c.kind(), c.customerTier(), c.areaCode());
        worker.wakeAfterCommit();
    }

    @Transactional
    public void updated(TicketUpdated event) {
        Optional<WorkOrder> open = openWorkOrder(event);
        if (open.isEmpty()) {
            return;
        }
        WorkOrder order = open.get();
        if (event.status().isTerminal()) {
            closeForTicket(order, "ticket " + event.status().tmfName()
                    + (event.reason() != null ? ": " + event.reason() : ""));
            return;
        }
        if (event.changes().contains(TicketUpdated.Change.CLASSIFICATION)) {
            order.classify(event.classification());
            LOG.infof("ticket %s: work order %s re-classified (%s, %s)",
                    order.ticketId, order.id, order.customerTier, order.faultScope);
            worker.wakeAfterCommit();
        }
    }

    @Transactional
    public void resolved(TicketResolved event) {
        openWorkOrder(event).ifPresent(order -> closeForTicket(order, "ticket resolved (" + event.resolutionCode() + ")"));
    }

    /** sla-monitor's restore deadline replaces our estimate; a paused clock keeps the last one. */
    @Transactional
    public void slaClock(SlaClockStarted event) {
        if (event.restoreDeadline() == null) {
            return;
        }
        openWorkOrder(event).ifPresent(order -> {
            order.slaDeadline = event.restoreDeadline();
            if (order.status == WorkOrderStatus.WAITING) {
                worker.wakeAfterCommit();
            }
        });
    }

    /** The ticket's open work order, locked; empty for tickets we never dispatched. */
    private Optional<WorkOrder> openWorkOrder(TicketEvent event) {
        Optional<WorkOrder> order = workOrders.lockForTicket(event.ticketId());
        if (order.isEmpty()) {
            LOG.debugf("ticket %s has no work order here; event %s skipped", event.ticketId(), event.eventId());
        }
        return order.filter(o -> !o.status.isClosed());
    }

    private void closeForTicket(WorkOrder order, String note) {
        dispatcher.close(order, WorkOrderStep.CANCEL, note, WorkOrderJournal.SERVICE_ACTOR);
        LOG.infof("ticket %s: work order %s cancelled: %s", order.ticketId, order.id, note);
        worker.wakeAfterCommit();
    }
}
