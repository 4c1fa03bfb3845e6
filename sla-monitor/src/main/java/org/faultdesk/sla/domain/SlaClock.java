package org.faultdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.faultdesk.events.SlaOutcome;

/**
 * One ticket's restore clock: started at the ticket's opening, paused while it waits on the
 * customer, stopped at resolution, continued on reopen. Pure arithmetic over the ticket's status
 * marks; the allowance itself is given as the deadline without pauses ({@code baseDeadline}), so a
 * change of policy replaces that and keeps every elapsed and paused second.
 */
public final class SlaClock {

    private final Instant openedAt;
    private final Instant baseDeadline;
    private final List<ClockMark> marks;
    private final ClockReading reading;

    public SlaClock(Instant openedAt, Instant baseDeadline, List<ClockMark> marks) {
        if (!baseDeadline.isAfter(openedAt)) {
            throw new IllegalArgumentException("the restore deadline must be after the opening");
        }
        this.openedAt = openedAt;
        this.baseDeadline = baseDeadline;
        this.marks = new ArrayList<>(marks);
        this.marks.sort(Comparator.comparing(ClockMark::at).thenComparingLong(ClockMark::seq));
        this.reading = fold();
    }

    private ClockReading fold() {
        ClockState state = ClockState.RUNNING;
        Duration paused = Duration.ZERO;
        Instant pausedSince = null;
        Instant stoppedAt = null;
        for (ClockMark mark : marks) {
            // A status change stamped before the opening (clock skew between systems) counts from the opening.
            Instant at = mark.at().isBefore(openedAt) ? openedAt : mark.at();
            if (state == ClockState.CANCELLED) {
                break;
            }
            switch (mark.type()) {
                case PAUSE -> {
                    if (state == ClockState.RUNNING) {
                        state = ClockState.PAUSED;
                        pausedSince = at;
                    }
                }
                case RUN -> {
                    if (state == ClockState.PAUSED) {
                        paused = paused.plus(Duration.between(pausedSince, at));
                        pausedSince = null;
                        state = ClockState.RUNNING;
                    } else if (state == ClockState.STOPPED) {
                        // Reopened: the clock continues where it stopped.
                        paused = paused.plus(Duration.between(stoppedAt, at));
                        stoppedAt = null;
                        state = ClockState.RUNNING;
                    }
                }
                case STOP, CANCEL -> {
                    if (state == ClockState.PAUSED) {
                        paused = paused.plus(Duration.between(pausedSince, at));
                        pausedSince = null;
                    }
                    if (state != ClockState.STOPPED || mark.type() == ClockMark.Type.CANCEL) {
                        stoppedAt = at;
                    }
                    state = mark.type() == ClockMark.Type.STOP ? ClockState.STOPPED : ClockState.CANCELLED;
                }
            }
        }
        return new ClockReading(state, paused, pausedSince, stoppedAt);
    }

    public ClockReading reading() {
        return reading;
    }

    public ClockState state() {
        return reading.state();
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** The allowed span on the wall clock: opening to the deadline before pauses. */
    public Duration allowedSpan() {
        return Duration.between(openedAt, baseDeadline);
    }

    /** The restore deadline with the pauses so far; empty while paused, since it still moves. */
    public Optional<Instant> restoreDeadline() {
        return reading.state() == ClockState.PAUSED ? Optional.empty() : Optional.of(deadlineAfterPauses());
    }

    /** Where the deadline would be if the clock resumed at {@code now}. */
    public Instant projectedDeadline(Instant now) {
        if (reading.state() != ClockState.PAUSED) {
            return deadlineAfterPauses();
        }
        Duration current = Duration.between(reading.pausedSince(), now.isBefore(reading.pausedSince()) ? reading.pausedSince() : now);
        return deadlineAfterPauses().plus(current);
    }

    private Instant deadlineAfterPauses() {
        return baseDeadline.plus(reading.pausedTotal());
    }

    /** Time counted against the allowance up to {@code now}. */
    public Duration elapsed(Instant now) {
        Instant end = switch (reading.state()) {
            case RUNNING -> now;
            case PAUSED -> reading.pausedSince();
            case STOPPED, CANCELLED -> reading.stoppedAt();
        };
        Duration elapsed = Duration.between(openedAt, end).minus(reading.pausedTotal());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** Share of the allowance used, in percent, rounded down. */
    public long elapsedPercent(Instant now) {
        return elapsed(now).toMillis() * 100 / allowedSpan().toMillis();
    }

    /** When a stage at {@code percent} of the allowance falls due, counting pauses so far. */
    public Instant dueAt(int percent) {
        long millis = Math.multiplyExact(allowedSpan().toMillis(), (long) percent) / 100;
        return openedAt.plus(reading.pausedTotal()).plusMillis(millis);
    }

    /** Met or breached, once stopped. */
    public Optional<SlaOutcome> outcome() {
        if (reading.state() != ClockState.STOPPED) {
            return Optional.empty();
        }
        return Optional.of(reading.stoppedAt().isAfter(deadlineAfterPauses()) ? SlaOutcome.BREACHED : SlaOutcome.MET);
    }

    public List<ClockMark> marks() {
        return List.copyOf(marks);
    }
}
