package org.faultdesk.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import org.faultdesk.dispatch.domain.EarlyTicketFacts;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderStatus;
import org.faultdesk.dispatch.domain.WorkOrderStep;
import org.faultdesk.dispatch.persistence.EarlyTicketFactsStore;
import org.faultdesk.dispatch.persistence.WorkOrderStore;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.WorkOrderAction;
import org.jboss.logging.Logger;

/**
 * What dispatch does about ticket events: opens a work order for work that needs a visit, closes
 * it when the ticket is resolved or cancelled elsewhere, and re-orders the queue when the ticket's
 * tier, scope or restore deadline changes. Each event is applied once (service-support's EventHandling).
 *
 * <p>In any order: a ticket's events come on four topics, so each handler first takes the ticket's
 * lock, and what arrives before the work order exists is kept ({@link EarlyTicketFacts}). A
 * resolution or cancellation read first leaves an end marker and the late opening opens nothing; a
 * reclassification or a deadline read first is taken over when the opening arrives.
 */
@ApplicationScoped
public class TicketFollower {

    private static final Logger LOG = Logger.getLogger(TicketFollower.class);

    @Inject
    WorkOrderStore workOrders;

    @Inject
    WorkOrderJournal journal;

    @Inject
    EarlyTicketFactsStore earlyFacts;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Clock clock;

    @Inject
    DispatchWorker worker;

    /** Whether a ticket needs a visit at all: decided from the event, before any database round trip. */
    public static boolean needsFieldVisit(TicketClassification classification) {
        return classification.kind().needsFieldVisit();
    }

    @Transactional
    public void opened(TicketOpened event) {
        earlyFacts.lockTicket(event.ticketId());
        if (workOrders.existsForTicket(event.ticketId())) {
            LOG.infof("ticket %s already has a work order; ticket-opened %s ignored", event.ticketId(), event.eventId());
            return;
        }
        Optional<EarlyTicketFacts> heardBefore = earlyFacts.find(event.ticketId());
        if (heardBefore.filter(EarlyTicketFacts::ended).isPresent()) {
            LOG.infof("ticket %s ended before its ticket-opened %s was read (%s): no work order",
                    event.ticketId(), event.eventId(), heardBefore.get().endNote);
            return;
        }
        TicketClassification c = event.classification();
        WorkOrder order = new WorkOrder();
        order.id = "WO-" + UUID.randomUUID();
        order.ticketId = event.ticketId();
        order.title = event.title();
        order.openedAt = event.openedAt();
        order.classify(c);
        heardBefore.ifPresent(facts -> takeOver(order, facts));
        order.status = WorkOrderStatus.WAITING;
        order.nextAssignmentReason = TicketDispatched.Reason.FIRST_ASSIGNMENT;
        order.persist();
        journal.step(order, WorkOrderAction.CREATED, null, c.kind() + " " + c.serviceType() + " in " + c.areaCode(),
                WorkOrderJournal.SERVICE_ACTOR);
        LOG.infof("ticket %s: work order %s opened (%s, %s, area %s)",
                order.ticketId, order.id, c.kind(), c.customerTier(), c.areaCode());
        worker.wakeAfterCommit();
    }

    /** What was read about the ticket before its opening: a later classification, sla-monitor's deadline. */
    private void takeOver(WorkOrder order, EarlyTicketFacts facts) {
        facts.classificationSince(order.openedAt).ifPresent(order::classify);
        if (facts.slaDeadline != null) {
            order.slaDeadline = facts.slaDeadline;
        }
        earlyFacts.forget(facts);
    }

    @Transactional
    public void updated(TicketUpdated event) {
        if (isReopening(event) && needsFieldVisit(event.classification())) {
            reopened(event);
            return;
        }
        Optional<WorkOrder> open = openWorkOrder(event);
        if (open.filter(order -> order.predatesReopening(event.occurredAt())).isPresent()) {
            LOG.infof("ticket %s: %s is older than the ticket's reopening; ignored", event.ticketId(), event.eventId());
            return;
        }
        if (open.isEmpty()) {
            if (event.status().isTerminal()) {
                heardFirst(event, event.classification(), facts -> facts.end(event.occurredAt(), "ticket " + event.status().tmfName()));
            } else if (event.changes().contains(TicketUpdated.Change.CLASSIFICATION)) {
                heardFirst(event, event.classification(), facts -> facts.reclassified(event.classification(), event.occurredAt()));
            }
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
        String note = "ticket resolved (" + event.resolutionCode() + ")";
        Optional<WorkOrder> open = openWorkOrder(event);
        if (open.filter(order -> order.predatesReopening(event.occurredAt())).isPresent()) {
            // Read late: the ticket was reopened after this resolution, and the order serves the reopened ticket.
            LOG.infof("ticket %s: resolution %s is older than the ticket's reopening; ignored", event.ticketId(), event.eventId());
            return;
        }
        open.ifPresentOrElse(order -> closeForTicket(order, note),
                () -> heardFirst(event, event.classification(), facts -> facts.end(event.occurredAt(), note)));
    }

    /** sla-monitor's restore deadline replaces our estimate; a paused clock keeps the last one. */
    @Transactional
    public void slaClock(SlaClockStarted event) {
        if (event.restoreDeadline() == null) {
            return;
        }
        openWorkOrder(event).ifPresentOrElse(order -> {
            order.slaDeadline = event.restoreDeadline();
            if (order.status == WorkOrderStatus.WAITING) {
                worker.wakeAfterCommit();
            }
        }, () -> heardFirst(event, null, facts -> facts.slaDeadline = event.restoreDeadline()));
    }

    /** A resolved ticket back at work: the customer says the fault is back. */
    private static boolean isReopening(TicketUpdated event) {
        return event.previousStatus() == TicketStatus.RESOLVED && !event.status().isTerminal();
    }

    /**
     * A reopened ticket gets a visit: its closed work order is the next visit, back in the queue
     * (ADR 0033); an order still open serves it as it is. Either way a resolution or cancellation
     * from before the reopening, read late, no longer closes it.
     */
    private void reopened(TicketUpdated event) {
        earlyFacts.lockTicket(event.ticketId());
        Optional<WorkOrder> found = workOrders.lockForTicket(event.ticketId());
        if (found.isEmpty()) {
            LOG.infof("ticket %s reopened without a work order of ours; %s ignored", event.ticketId(), event.eventId());
            return;
        }
        WorkOrder order = found.get();
        if (order.predatesReopening(event.occurredAt()) || event.occurredAt().equals(order.reopenedAt)) {
            return; // an older reopening, read late
        }
        boolean wasClosed = order.status.isClosed();
        order.reopen(event.occurredAt());
        order.classify(event.classification());
        if (wasClosed) {
            journal.note(order, "REOPENED", "ticket reopened" + (event.reason() != null ? ": " + event.reason() : "")
                    + "; visit " + order.visit, event.actor());
            LOG.infof("ticket %s reopened: work order %s back in the queue for visit %d", order.ticketId, order.id,
                    order.visit);
            worker.wakeAfterCommit();
        }
    }

    /** The ticket's open work order, locked; empty for tickets with no work order (yet) or a closed one. */
    private Optional<WorkOrder> openWorkOrder(TicketEvent event) {
        earlyFacts.lockTicket(event.ticketId());
        Optional<WorkOrder> order = workOrders.lockForTicket(event.ticketId());
        return order.filter(o -> !o.status.isClosed());
    }

    /**
     * Keeps what an event says about a ticket that has no work order: its opening may not have been
     * read yet. Nothing is kept for a ticket whose work order exists (and is closed), nor for work
     * that needs no visit ({@code classification} when the event carries one).
     */
    private void heardFirst(TicketEvent event, TicketClassification classification, Consumer<EarlyTicketFacts> record) {
        if ((classification != null && !needsFieldVisit(classification)) || workOrders.existsForTicket(event.ticketId())) {
            return;
        }
        LOG.debugf("ticket %s has no work order yet; what %s says is kept for its opening", event.ticketId(), event.eventId());
        record.accept(earlyFacts.findOrCreate(event.ticketId(), clock.instant()));
    }


    private void closeForTicket(WorkOrder order, String note) {
        dispatcher.close(order, WorkOrderStep.CANCEL, note, WorkOrderJournal.SERVICE_ACTOR);
        LOG.infof("ticket %s: work order %s cancelled: %s", order.ticketId, order.id, note);
        worker.wakeAfterCommit();
    }
}
