package org.faultdesk.sla.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.sla.app.SlaRules;
import org.faultdesk.sla.domain.ClockState;
import org.faultdesk.sla.domain.ClockTransitions;
import org.faultdesk.sla.domain.EscalationStage;
import org.faultdesk.sla.domain.PolicyMatch;
import org.faultdesk.sla.domain.RestorePolicy;
import org.faultdesk.sla.domain.SlaClock;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.sla.persistence.TimerPlan;
import org.faultdesk.support.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * Applies a change to a ticket's clock row and publishes what it means: the deadline set or
 * changed, the clock stopped, and the next escalation stage planned as a timer row. Everything in
 * the caller's transaction, with the row locked.
 */
@ApplicationScoped
public class ClockKeeper {

    private static final Logger LOG = Logger.getLogger(ClockKeeper.class);

    @Inject
    ClockStore store;

    @Inject
    SlaRules rules;

    @Inject
    SlaEvents events;

    @Inject
    Outbox outbox;

    private final Counter fallbacks;
    private final Counter breaches;
    private final Counter uncovered;

    @Inject
    ClockKeeper(MeterRegistry registry) {
        fallbacks = Counter.builder("faultdesk.sla.policy.fallback")
                .description("tickets whose classification no restore policy covered (the fallback applied)")
                .register(registry);
        breaches = Counter.builder("faultdesk.sla.breaches")
                .description("clocks stopped after their restore deadline").register(registry);
        uncovered = Counter.builder("faultdesk.sla.calendar.uncovered")
                .description("working-day deadlines counted across a year without a public-holiday schedule")
                .register(registry);
    }

    /** Locks the ticket's row, applies {@code change} to it and announces the result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(String ticketId, Consumer<ClockRow> change) {
        ClockRow row = store.lockOrCreate(ticketId);
        Optional<SlaClock> before = clockOf(row);
        String policyBefore = row.policyKey;
        change.accept(row);
        TicketClassification classification = ClockStore.classification(row);
        if (row.openedAt == null || classification == null) {
            LOG.debugf("ticket %s: clock waits for the ticket's opening", ticketId);
            return;
        }
        PolicyMatch match = rules.policies().lookup(classification);
        if (!match.policy().key().equals(policyBefore) || row.baseDeadline == null) {
            row.policyKey = match.policy().key();
            row.defaultPolicy = match.fallback();
            row.baseDeadline = match.policy().deadlineFrom(row.openedAt, rules.calendar());
            List<Integer> unscheduled = match.policy().allowance().unit() == Allowance.Unit.WORKING_DAYS
                    ? rules.calendar().yearsWithoutSchedule(row.openedAt, row.baseDeadline) : List.of();
            if (!unscheduled.isEmpty()) {
                // Counted all the same (weekends are off in any year), but every holiday of that year counts as worked.
                uncovered.increment();
                LOG.warnf("ticket %s: working-day deadline %s counted with weekends only: no public-holiday schedule"
                        + " for %s (load it: PUT /sla/calendar/{year})", ticketId, row.baseDeadline, unscheduled);
            }
            if (match.fallback()) {
                fallbacks.increment();
                LOG.warnf("ticket %s: no restore policy covers %s; fallback %s applied", ticketId, classification,
                        match.policy().allowance());
            }
        }
        SlaClock after = clockOf(row).orElseThrow();
        record(row, after);
        announce(row, before, after, match, classification);
        store.apply(plan(row, after));
    }

    /**
     * A year's holiday schedule was loaded: the open clocks whose working-day deadline spans that
     * year have it counted again (each in its own transaction; a deadline that moves is announced as
     * RECOMPUTED, and its escalation stages follow it). Returns how many clocks were counted again.
     */
    public int recomputeWorkingDayDeadlinesIn(int year) {
        ZoneId zone = rules.calendar().zone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<String> keys = rules.policies().rows().stream()
                .filter(policy -> policy.allowance().unit() == Allowance.Unit.WORKING_DAYS).map(RestorePolicy::key).toList();
        List<String> tickets = QuarkusTransaction.requiringNew().call(() -> store.openWithDeadlineAcross(keys, from, to));
        for (String ticketId : tickets) {
            QuarkusTransaction.requiringNew().run(() -> change(ticketId, row -> row.baseDeadline = null));
        }
        LOG.infof("calendar %d loaded: %d open working-day deadline(s) counted again", year, tickets.size());
        return tickets.size();
    }

    private void announce(ClockRow row, Optional<SlaClock> before, SlaClock after, PolicyMatch match,
                          TicketClassification classification) {
        ClockState stateBefore = before.map(SlaClock::state).orElse(null);
        boolean moved = before.isPresent() && !before.get().projectedDeadline(Instant.EPOCH)
                .equals(after.projectedDeadline(Instant.EPOCH));
        Optional<SlaClockStarted.Change> change = ClockTransitions.change(stateBefore, after.state(), moved);
        change.ifPresent(c -> {
            outbox.publish(events.deadline(row.ticketId, c, after, match));
            LOG.infof("ticket %s: clock %s, deadline %s (%s)", row.ticketId, c, after.restoreDeadline().orElse(null),
                    match.policy().key());
        });
        if (after.state() == ClockState.STOPPED && stateBefore != ClockState.STOPPED) {
            outbox.publish(events.stopped(row.ticketId, after, classification));
            if (row.outcome.equals("BREACHED")) {
                breaches.increment();
            }
            LOG.infof("ticket %s: clock stopped, %s", row.ticketId, row.outcome);
        }
    }

    /** The clock's next stage, or none when it is not running or the ladder is done. */
    private TimerPlan plan(ClockRow row, SlaClock clock) {
        Optional<EscalationStage> next = clock.state() == ClockState.RUNNING
                ? rules.ladders().stage(ClockStore.classification(row).customerTier(), row.firedStages + 1)
                : Optional.empty();
        return next.map(stage -> new TimerPlan(row.ticketId, stage.number(), clock.dueAt(stage.percent())))
                .orElse(TimerPlan.none(row.ticketId));
    }

    /** The domain clock of a row, once the ticket's opening and policy are known. */
    public static Optional<SlaClock> clockOf(ClockRow row) {
        if (row.openedAt == null || row.baseDeadline == null) {
            return Optional.empty();
        }
        return Optional.of(new SlaClock(row.openedAt, row.baseDeadline, ClockStore.marks(row)));
    }

    /** Keeps the derived columns in step with the marks. */
    private static void record(ClockRow row, SlaClock clock) {
        row.state = clock.state().name();
        row.pausedTotalMs = clock.reading().pausedTotal().toMillis();
        row.restoreDeadline = clock.projectedDeadline(clock.reading().pausedSince() != null
                ? clock.reading().pausedSince() : Instant.EPOCH);
        row.stoppedAt = clock.reading().stoppedAt();
        row.outcome = clock.outcome().map(Enum::name).orElse(null);
        row.timeToRestoreMs = clock.state() == ClockState.STOPPED ? clock.elapsed(row.stoppedAt).toMillis() : null;
    }

    /**
     * Fires every stage of a locked clock that is due at {@code now}, each exactly once (the
     * stage count is stored with the events in the same transaction). Returns the clock's new
     * timer plan, for the caller to apply with the rest of its batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimerPlan fireDue(ClockRow row, Instant now) {
        Optional<SlaClock> found = clockOf(row);
        if (found.isEmpty()) {
            return TimerPlan.none(row.ticketId);
        }
        SlaClock slaClock = found.get();
        TicketClassification classification = ClockStore.classification(row);
        while (slaClock.state() == ClockState.RUNNING) {
            Optional<EscalationStage> stage = rules.ladders().stage(classification.customerTier(), row.firedStages + 1);
            if (stage.isEmpty() || slaClock.dueAt(stage.get().percent()).isAfter(now)) {
                break;
            }
            for (var role : stage.get().roles()) {
                outbox.publish(stage.get().kind() == EscalationStage.Kind.WARNING
                        ? events.warning(row.ticketId, stage.get(), role, slaClock, classification, row.technicianId)
                        : events.escalated(row.ticketId, stage.get(), role, slaClock, classification, row.technicianId));
            }
            LOG.infof("ticket %s: stage %d (%d%%, %s) fired for %s", row.ticketId, stage.get().number(),
                    stage.get().percent(), stage.get().kind(), stage.get().roles());
            row.firedStages++;
        }
        return plan(row, slaClock);
    }
}
