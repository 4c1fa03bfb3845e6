package org.faultdesk.ticket.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.ticket.domain.CallbackAttempt;
import org.faultdesk.ticket.domain.CallbackTask;
import org.faultdesk.ticket.domain.Ticket;
import org.faultdesk.ticket.domain.TicketLifecycle;
import org.faultdesk.ticket.domain.TicketNotFoundException;
import org.faultdesk.ticket.persistence.TicketScope;
import org.faultdesk.ticket.persistence.TicketStore;
import org.jboss.logging.Logger;

/**
 * Callbacks as work (回访): a task for the customer-service centre when a ticket is resolved, its
 * calls recorded, and the ticket closed when the customer answered (satisfied or not) or could not
 * be reached three times. Every change runs with the ticket's row locked, so a reopen and a call
 * recorded at the same moment are applied one after the other.
 */
@ApplicationScoped
public class Callbacks {

    private static final Logger LOG = Logger.getLogger(Callbacks.class);

    /** One call as the agent reports it; {@code satisfaction} only (and always) when the customer was reached. */
    public record Call(boolean reached, CallbackTask.Satisfaction satisfaction, String remark) {
    }

    /** An open callback in the queue. */
    public record Waiting(String ticketId, String channel, String areaCode, Instant resolvedAt, Instant openedAt,
                          int failedAttempts, Instant lastAttemptAt) {
    }

    @Inject
    TicketStore store;

    @Inject
    TicketService tickets;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Keeps the ticket's callback in step with its status, in the transaction that changed it: a
     * resolution opens one; a reopen, or a close by anything but the callback, cancels the open one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Ticket ticket, TicketStatus from, TicketStatus to, Instant at) {
        if (to == TicketStatus.RESOLVED && from != TicketStatus.RESOLVED) {
            if (open(ticket.id).isEmpty()) {
                CallbackTask task = CallbackTask.openFor(ticket.id, at);
                task.persist();
                ticket.showCallback(task);
            }
        } else if (from == TicketStatus.RESOLVED) {
            open(ticket.id).ifPresent(task -> {
                task.cancel(at);
                ticket.showCallback(task);
                LOG.infof("ticket %s %s: its callback is cancelled", ticket.id, to.tmfName());
            });
        }
    }

    /**
     * Records a call of the ticket's open callback. A retry with the same {@code idempotencyKey}
     * returns the task as the first call left it and counts nothing twice.
     *
     * @throws TicketNotFoundException when the ticket is not there for this caller
     * @throws ProblemException 409 when the ticket has no open callback
     */
    @Transactional
    public CallbackTask call(String ticketId, TicketScope scope, Call call, String actor, String idempotencyKey) {
        Ticket ticket = store.findForUpdate(ticketId).filter(scope::admits)
                .orElseThrow(() -> new TicketNotFoundException(ticketId));
        if (idempotencyKey != null) {
            Optional<CallbackAttempt> recorded = recordedWith(ticketId, idempotencyKey);
            if (recorded.isPresent()) {
                CallbackAttempt first = recorded.get();
                if (first.reached != call.reached() || first.satisfaction != call.satisfaction()
                        || !Objects.equals(first.remark, call.remark())) {
                    throw new ProblemException(422, "idempotency-conflict", "Idempotency conflict",
                            "Idempotency-Key '" + idempotencyKey + "' was used for another call of ticket " + ticketId
                                    + " (reached " + first.reached + "); a new call needs a new key");
                }
                return CallbackTask.<CallbackTask>findById(first.taskId);
            }
        }
        CallbackTask task = open(ticketId).orElseThrow(() -> new ProblemException(409, "no-open-callback",
                "No callback to make", "ticket " + ticketId + " is " + ticket.status.tmfName()
                        + (ticket.callbackState == null ? " and has had no callback"
                        : "; its last callback is " + ticket.callbackState.name().toLowerCase())
                        + ": a callback opens when the ticket is resolved"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CallbackAttempt attempt = new CallbackAttempt();
        attempt.taskId = task.id;
        attempt.attemptedAt = now;
        attempt.actor = actor;
        attempt.reached = call.reached();
        attempt.satisfaction = call.satisfaction();
        attempt.remark = call.remark();
        attempt.idempotencyKey = idempotencyKey;
        attempt.persist();
        if (call.reached()) {
            task.reached(call.satisfaction(), now);
            close(ticket, task, "callback: customer reached, " + call.satisfaction().name().toLowerCase(), actor, now);
        } else if (task.notReached(now)) {
            close(ticket, task, "customer unreachable after " + CallbackTask.MAX_FAILED_ATTEMPTS + " callback attempts",
                    actor, now);
        } else {
            ticket.showCallback(task);
        }
        return task;
    }

    /** The open callbacks within the scope, oldest first. */
    @Transactional
    public List<Waiting> queue(TicketScope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        String inScope = scope.condition("t", params);
        var query = entityManager.createQuery("""
                        select t.id, t.channel, t.areaCode, t.resolutionDate, c.createdAt, c.attempts,
                               (select max(a.attemptedAt) from CallbackAttempt a where a.taskId = c.id)
                        from CallbackTask c, Ticket t where t.id = c.ticketId and c.state = :open"""
                        + (inScope == null ? "" : " and " + inScope) + " order by c.createdAt, c.id", Object[].class)
                .setParameter("open", CallbackTask.State.OPEN)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Waiting((String) r[0], (String) r[1], (String) r[2],
                (Instant) r[3], (Instant) r[4], (Integer) r[5], (Instant) r[6])).toList();
    }

    /**
     * The month's callbacks (opened in it, in {@code zone}), within the scope: how many were made,
     * reached, satisfied, unreachable, in all and by channel and by area (the seeds' monthly report).
     */
    @Transactional
    public Report report(YearMonth month, ZoneId zone, TicketScope scope) {
        Map<String, Object> params = new HashMap<>();
        String inScope = scope.condition("t", params);
        var query = entityManager.createQuery("""
                        select t.channel, t.areaCode, c.state, c.satisfaction, count(c)
                        from CallbackTask c, Ticket t where t.id = c.ticketId and c.createdAt >= :from and c.createdAt < :to"""
                        + (inScope == null ? "" : " and " + inScope)
                        + " group by t.channel, t.areaCode, c.state, c.satisfaction", Object[].class)
                .setParameter("from", month.atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        params.forEach(query::setParameter);
        Figures total = Figures.NONE;
        Map<String, Figures> byChannel = new TreeMap<>();
        Map<String, Figures> byArea = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            Figures figures = Figures.of((CallbackTask.State) row[2], (CallbackTask.Satisfaction) row[3], (Long) row[4]);
            total = total.plus(figures);
            byChannel.merge((String) row[0], figures, Figures::plus);
            byArea.merge((String) row[1], figures, Figures::plus);
        }
        return new Report(month, zone.getId(), total, byChannel, byArea);
    }

    /** A month's callbacks: the period, its zone, the figures in all and by channel and by area. */
    public record Report(YearMonth month, String zone, Figures total, Map<String, Figures> byChannel,
                         Map<String, Figures> byArea) {
    }

    /**
     * Callbacks opened, still open, reached (satisfied or not), unreachable, and cancelled by a
     * reopen; {@code reachRate} = reached / (reached + unreachable), {@code satisfactionRate} =
     * satisfied / reached, null while nothing counts towards them.
     */
    public record Figures(long opened, long open, long reached, long satisfied, long unsatisfied, long unreachable,
                          long cancelled) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0);

        static Figures of(CallbackTask.State state, CallbackTask.Satisfaction satisfaction, long count) {
            return new Figures(count, state == CallbackTask.State.OPEN ? count : 0,
                    state == CallbackTask.State.REACHED ? count : 0,
                    satisfaction == CallbackTask.Satisfaction.SATISFIED ? count : 0,
                    satisfaction == CallbackTask.Satisfaction.UNSATISFIED ? count : 0,
                    state == CallbackTask.State.UNREACHABLE ? count : 0, state == CallbackTask.State.CANCELLED ? count : 0);
        }

        Figures plus(Figures other) {
            return new Figures(opened + other.opened, open + other.open, reached + other.reached,
                    satisfied + other.satisfied, unsatisfied + other.unsatisfied, unreachable + other.unreachable,
                    cancelled + other.cancelled);
        }

        @JsonProperty
        public Double reachRate() {
            return reached + unreachable == 0 ? null : (double) reached / (reached + unreachable);
        }

        @JsonProperty
        public Double satisfactionRate() {
            return reached == 0 ? null : (double) satisfied / reached;
        }
    }

    private void close(Ticket ticket, CallbackTask task, String reason, String actor, Instant at) {
        ticket.showCallback(task);
        if (!TicketLifecycle.allows(ticket.status, TicketStatus.CLOSED)) {
            // Cannot happen while the task is open (a reopen cancels it); said loudly if it ever does.
            LOG.errorf("ticket %s: callback %s but the ticket is %s; left as it is", ticket.id, task.state,
                    ticket.status.tmfName());
            return;
        }
        tickets.applyReportedStatus(ticket, TicketStatus.CLOSED, null, reason, actor, at);
    }

    private Optional<CallbackTask> open(String ticketId) {
        return entityManager.createQuery("from CallbackTask where ticketId = :id and state = :open", CallbackTask.class)
                .setParameter("id", ticketId)
                .setParameter("open", CallbackTask.State.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private Optional<CallbackAttempt> recordedWith(String ticketId, String idempotencyKey) {
        return entityManager.createQuery("""
                        select a from CallbackTask c, CallbackAttempt a
                        where a.taskId = c.id and c.ticketId = :id and a.idempotencyKey = :key""", CallbackAttempt.class)
                .setParameter("id", ticketId)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }
}
