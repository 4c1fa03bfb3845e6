package org.faultdesk.dispatch.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.dispatch.domain.DispatchPolicy;
import org.faultdesk.dispatch.domain.QueuedWorkOrder;
import org.faultdesk.dispatch.domain.Technician;
import org.faultdesk.dispatch.domain.TechnicianProfile;
import org.faultdesk.dispatch.domain.UrgencyOrder;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderStatus;
import org.faultdesk.dispatch.domain.WorkOrderStep;
import org.faultdesk.dispatch.persistence.TechnicianSlotStore;
import org.faultdesk.dispatch.persistence.WorkOrderStore;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.WorkOrderAction;
import org.jboss.logging.Logger;

/**
 * Serves the queue of waiting work orders, most urgent first, and takes back orders whose
 * technician did not answer in time. Each work order is dispatched in its own transaction under
 * a {@code FOR UPDATE SKIP LOCKED} row lock, so several instances can run passes at once: they
 * never work on the same order, and {@link TechnicianSlotStore} keeps every technician within their
 * maximum.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    WorkOrderStore workOrders;

    @Inject
    Clock clock;

    @Inject
    DispatchPolicy policy;

    @Inject
    TechnicianSlotStore slots;

    @Inject
    WorkOrderJournal journal;

    @Inject
    MeterRegistry registry;

    /** How long an assigned technician has to accept before the order goes to the next best. */
    @ConfigProperty(name = "faultdesk.dispatch.accept-timeout", defaultValue = "PT15M")
    Duration acceptTimeout;

    private Counter assignments;
    private Timer firstTechnicianWait;

    @PostConstruct
    void meters() {
        assignments = registry.counter("faultdesk.dispatch.assignments");
        // What a customer waits for a technician: the dispatcher's figure of merit, and what grows
        // first when an area runs out of technicians (before any restore deadline is at risk).
        firstTechnicianWait = Timer.builder("faultdesk.dispatch.wait")
                .description("from a ticket's opening (or reopening) to its visit's first technician")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * One pass over the queue in urgency order; returns how many work orders were assigned. Orders
     * that nobody could take on a snapshot of the technicians, and that already said they wait,
     * cost no transaction: a queue of foreign or hopeless orders stays cheap to serve.
     */
    public int dispatchWaiting() {
        Instant now = clock.instant();
        List<WaitingOrder> queue = QuarkusTransaction.requiringNew().call(() -> {
            List<TechnicianProfile> technicians = Technician.<Technician>list("onDuty", true).stream()
                    .map(Technician::profile).toList();
            return WorkOrder.<WorkOrder>list("status", WorkOrderStatus.WAITING).stream()
                    .map(order -> new WaitingOrder(order.queued(),
                            order.waitingAnnounced && policy.rank(order.job(), technicians, now).isEmpty()))
                    .sorted(Comparator.comparing(WaitingOrder::queued, UrgencyOrder.MOST_URGENT_FIRST))
                    .toList();
        });
        int assigned = 0;
        for (WaitingOrder waiting : queue) {
            if (!waiting.hopeless() && dispatchInOwnTransaction(waiting.queued().workOrderId())) {
                assigned++;
            }
        }
        return assigned;
    }

    /** One order's failure must not stop the queue behind it. */
    private boolean dispatchInOwnTransaction(String workOrderId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> dispatchOne(workOrderId));
        } catch (RuntimeException e) {
            LOG.warnf(e, "work order %s could not be dispatched in this pass", workOrderId);
            return false;
        }
    }

    private record WaitingOrder(QueuedWorkOrder queued, boolean hopeless) {
    }

    private boolean dispatchOne(String workOrderId) {
        Optional<WorkOrder> locked = workOrders.lockIfWaiting(workOrderId);
        if (locked.isEmpty()) {
            return false; // another dispatcher holds it, or it was assigned or closed meanwhile
        }
        WorkOrder order = locked.get();
        Instant now = clock.instant();
        Map<String, Technician> onDuty = Technician.<Technician>list("onDuty", true).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<TechnicianProfile> ranked = policy.rank(order.job(),
                onDuty.values().stream().map(Technician::profile).toList(), now);
        for (TechnicianProfile candidate : ranked) {
            int assignment = order.assignment + 1;
            if (slots.take(candidate.id(), order.id, assignment, now)) {
                assign(order, onDuty.get(candidate.id()), assignment, now);
                return true;
            }
        }
        if (!order.waitingAnnounced) {
            order.waitingAnnounced = true;
            LOG.infof("ticket %s: work order %s waits for a technician (area %s, skill %s)",
                    order.ticketId, order.id, order.areaCode, order.serviceType);
            journal.step(order, WorkOrderAction.WAITING_FOR_TECHNICIAN, null,
                    "no technician of area " + order.areaCode + " with skill " + order.serviceType
                            + " is on duty, on shift and has room", WorkOrderJournal.SERVICE_ACTOR);
        }
        return false;
    }

    private void assign(WorkOrder order, Technician technician, int assignment, Instant now) {
        order.status = WorkOrderStep.ASSIGN.from(order.status);
        order.technicianId = technician.id;
        order.assignment = assignment;
        order.assignedAt = now;
        TicketDispatched.Reason reason = order.waitingAnnounced
                && order.nextAssignmentReason == TicketDispatched.Reason.FIRST_ASSIGNMENT
                ? TicketDispatched.Reason.TECHNICIAN_BECAME_AVAILABLE
                : order.nextAssignmentReason;
        order.waitingAnnounced = false;
        journal.assigned(order, technician, reason);
        assignments.increment();
        if (reason == TicketDispatched.Reason.FIRST_ASSIGNMENT || reason == TicketDispatched.Reason.TECHNICIAN_BECAME_AVAILABLE) {
            Instant queuedSince = order.reopenedAt != null ? order.reopenedAt : order.openedAt;
            Duration waited = Duration.between(queuedSince, now);
            firstTechnicianWait.record(waited.isNegative() ? Duration.ZERO : waited); // clocks of two machines
        }
        LOG.infof("ticket %s: work order %s assigned to %s (assignment %d, %s)",
                order.ticketId, order.id, technician.id, assignment, reason);
    }

    /** Takes back orders whose technician did not accept within the accept timeout. */
    public int expireUnanswered() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<WorkOrder> due = workOrders.lockUnanswered(now.minus(acceptTimeout), 100);
            for (WorkOrder order : due) {
                withdraw(order, WorkOrderStep.TIME_OUT, TicketDispatched.Reason.PREVIOUS_TIMED_OUT,
                        "no answer within " + acceptTimeout, WorkOrderJournal.SERVICE_ACTOR);
            }
            return due.size();
        });
    }

    /**
     * Takes the order back from its technician after a decline or a time-out; it returns to the
     * queue, where it will never be offered to them again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(WorkOrder order, WorkOrderStep step, TicketDispatched.Reason reason, String note, String actor) {
        order.status = step.from(order.status);
        String technician = order.technicianId;
        // Entity first: the native update below flushes it, and the row must already be consistent.
        order.withdrawFrom(technician, reason);
        slots.release(technician, order.id, step.action().name(), clock.instant());
        journal.step(order, step.action(), technician, note, actor);
        LOG.infof("ticket %s: work order %s taken back from %s (%s)", order.ticketId, order.id, technician, step.action());
    }

    /** Completes or cancels the order, freeing its technician if one held it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(WorkOrder order, WorkOrderStep step, String note, String actor) {
        boolean held = order.status.isHeld();
        order.status = step.from(order.status);
        Instant now = clock.instant();
        if (held) {
            slots.release(order.technicianId, order.id, step.action().name(), now);
        }
        order.closedAt = now;
        journal.step(order, step.action(), order.technicianId, note, actor);
    }
}
