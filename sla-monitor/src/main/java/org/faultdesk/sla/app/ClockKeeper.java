package org.faultdesk.sla.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.sla.domain.ClockMark;
import org.faultdesk.sla.domain.ClockState;
import org.faultdesk.sla.domain.ClockTransitions;
import org.faultdesk.sla.domain.EscalationLadders;
import org.faultdesk.sla.domain.EscalationStage;
import org.faultdesk.sla.domain.PolicyMatch;
import org.faultdesk.sla.domain.ResponseMarks;
import org.faultdesk.sla.domain.ResponsePolicy;
import org.faultdesk.sla.domain.RestorePolicy;
import org.faultdesk.sla.domain.SlaClock;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.sla.persistence.TimerPlan;
import org.faultdesk.support.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * Applies a change to a ticket's clocks and publishes what it means: each clock's deadline set or
 * changed, the clock stopped, and its next escalation stage planned as a timer row. Everything in
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
    private final Counter responseBreaches;
    private final Counter uncovered;
    private final MeterRegistry registry;

    @Inject
    ClockKeeper(MeterRegistry registry) {
        this.registry = registry;
        fallbacks = Counter.builder("faultdesk.sla.policy.fallback")
                .description("tickets whose classification no restore policy covered (the fallback applied)")
                .register(registry);
        breaches = Counter.builder("faultdesk.sla.breaches").tag("clock", "restore")
                .description("clocks stopped after their deadline").register(registry);
        responseBreaches = Counter.builder("faultdesk.sla.breaches").tag("clock", "response")
                .description("clocks stopped after their deadline").register(registry);
        uncovered = Counter.builder("faultdesk.sla.calendar.uncovered")
                .description("working-day deadlines counted across a year without a public-holiday schedule")
                .register(registry);
    }

    /**
     * Locks the ticket's restore row, applies {@code change} to it and announces the result; then
     * brings the ticket's response clocks in step with it (created, recomputed, stopped by their
     * milestone), each announced the same way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(String ticketId, Consumer<ClockRow> change) {
        ClockRow row = store.lockOrCreate(ticketId, SlaClocks.RESTORE);
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
            row.baseDeadline = deadline(row, match.policy());
            if (match.fallback()) {
                fallbacks.increment();
                LOG.warnf("ticket %s: no restore policy covers %s; fallback %s applied", ticketId, classification,
                        match.policy().allowance());
            }
        }
        settle(row, before, match, classification);
        keepResponseClocks(row, classification);
    }

    /**
     * One response clock per milestone the ticket's classification is promised (response-policies.csv),
     * derived from the ticket's row: its opening, its status marks and the milestones proved. A
     * promise once made stands: a clock whose milestone the classification no longer covers keeps
     * the policy it was made under.
     */
    private void keepResponseClocks(ClockRow ticket, TicketClassification classification) {
        Map<String, ResponsePolicy> promised = rules.responses().lookup(classification);
        Map<String, ClockRow> existing = new TreeMap<>();
        store.lockResponseClocks(ticket.ticketId).forEach(row -> existing.put(row.clock, row));
        Set<String> milestones = new TreeSet<>(existing.keySet());
        milestones.addAll(promised.keySet());
        Map<String, Instant> proofs = ClockStore.milestones(ticket);
        List<ClockMark> ticketMarks = ClockStore.marks(ticket);
        for (String milestone : milestones) {
            ClockRow row = existing.get(milestone);
            ResponsePolicy policy = promised.containsKey(milestone) ? promised.get(milestone)
                    : rules.responses().rows().stream().filter(p -> p.key().equals(row.policyKey)).findFirst().orElse(null);
            if (policy == null) {
                LOG.warnf("ticket %s: response clock %s kept as it was: its policy %s is no longer in the table",
                        ticket.ticketId, milestone, row.policyKey);
                continue;
            }
            ClockRow clock = row != null ? row : store.lockOrCreate(ticket.ticketId, milestone);
            Optional<SlaClock> before = clockOf(clock);
            clock.openedAt = ticket.openedAt;
            clock.classification = ticket.classification;
            clock.classifiedAt = ticket.classifiedAt;
            clock.customerTier = ticket.customerTier;
            clock.serviceType = ticket.serviceType;
            clock.areaCode = ticket.areaCode;
            clock.technicianId = ticket.technicianId;
            clock.technicianAt = ticket.technicianAt;
            clock.policyKey = policy.key();
            // Counted again at every change: cheap, and a calendar loaded since moves it (announced as RECOMPUTED).
            clock.baseDeadline = deadline(clock, policy.terms());
            ClockStore.writeMarks(clock, ResponseMarks.derive(ticketMarks, policy.pause(),
                    ResponseMarks.provedAt(proofs, milestone)));
            settle(clock, before, new PolicyMatch(policy.terms(), false), classification);
        }
    }

    /** The clock's deadline before pauses; loud when it counts working days across a year without a schedule. */
    private Instant deadline(ClockRow row, RestorePolicy policy) {
        Instant deadline = policy.deadlineFrom(row.openedAt, rules.calendar());
        List<Integer> unscheduled = policy.allowance().unit() == Allowance.Unit.WORKING_DAYS
                ? rules.calendar().yearsWithoutSchedule(row.openedAt, deadline) : List.of();
        if (!unscheduled.isEmpty() && !deadline.equals(row.baseDeadline)) {
            // Counted all the same (weekends are off in any year), but every holiday of that year counts as worked.
            uncovered.increment();
            LOG.warnf("ticket %s: %s deadline %s counted with weekends only: no public-holiday schedule for %s"
                    + " (load it: PUT /sla/calendar/{year})", row.ticketId, row.clock, deadline, unscheduled);
        }
        return deadline;
    }

    /** Keeps a clock's derived columns, announcements and next-stage timer in step with its marks. */
    private void settle(ClockRow row, Optional<SlaClock> before, PolicyMatch match, TicketClassification classification) {
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
        List<String> keys = Stream.concat(rules.policies().rows().stream(),
                        rules.responses().rows().stream().map(ResponsePolicy::terms))
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
            outbox.publish(events.deadline(row.ticketId, row.clock, c, after, match));
            LOG.infof("ticket %s: %s clock %s, deadline %s (%s)", row.ticketId, row.clock, c,
                    after.restoreDeadline().orElse(null), match.policy().key());
        });
        if (after.state() == ClockState.STOPPED && stateBefore != ClockState.STOPPED) {
            outbox.publish(events.stopped(row.ticketId, row.clock, after, classification));
            if (row.outcome.equals("BREACHED")) {
                (row.isRestoreClock() ? breaches : responseBreaches).increment();
            }
            LOG.infof("ticket %s: %s clock stopped, %s", row.ticketId, row.clock, row.outcome);
        }
    }

    /** The clock's next stage, or none when it is not running or the ladder is done. */
    private TimerPlan plan(ClockRow row, SlaClock clock) {
        Optional<EscalationStage> next = clock.state() == ClockState.RUNNING
                ? EscalationLadders.stage(ladder(row), row.firedStages + 1)
                : Optional.empty();
        return next.map(stage -> new TimerPlan(row.ticketId, row.clock, stage.number(), clock.dueAt(stage.percent())))
                .orElse(TimerPlan.none(row.ticketId, row.clock));
    }

    /** The restore clock's ladder is its tier's; a response clock's, its milestone's. */
    private List<EscalationStage> ladder(ClockRow row) {
        return rules.ladder(row.clock, ClockStore.classification(row).customerTier());
    }

    /**
     * How late each stage fired after its due time (the relay's delay to Kafka is the outbox's age):
     * the figure an escalation promise is judged by, and the one the ops team is paged on.
     */
    private Timer lateness(ClockRow row, EscalationStage stage) {
        return Timer.builder("faultdesk.sla.stage.lateness")
                .description("how late an escalation stage fired after its due time")
                .tag("clock", row.isRestoreClock() ? "restore" : "response")
                .tag("kind", stage.kind().name())
                .publishPercentileHistogram()
                .register(registry);
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
            return TimerPlan.none(row.ticketId, row.clock);
        }
        SlaClock slaClock = found.get();
        TicketClassification classification = ClockStore.classification(row);
        List<EscalationStage> ladder = ladder(row);
        while (slaClock.state() == ClockState.RUNNING) {
            Optional<EscalationStage> stage = EscalationLadders.stage(ladder, row.firedStages + 1);
            if (stage.isEmpty() || slaClock.dueAt(stage.get().percent()).isAfter(now)) {
                break;
            }
            for (var role : stage.get().roles()) {
                outbox.publish(stage.get().kind() == EscalationStage.Kind.WARNING
                        ? events.warning(row.ticketId, row.clock, stage.get(), role, slaClock, classification, row.technicianId)
                        : events.escalated(row.ticketId, row.clock, stage.get(), role, slaClock, classification,
                                row.technicianId));
            }
            lateness(row, stage.get()).record(Duration.between(slaClock.dueAt(stage.get().percent()), now));
            LOG.infof("ticket %s: %s stage %d (%d%%, %s) fired for %s", row.ticketId, row.clock, stage.get().number(),
                    stage.get().percent(), stage.get().kind(), stage.get().roles());
            row.firedStages++;
        }
        return plan(row, slaClock);
    }
}
