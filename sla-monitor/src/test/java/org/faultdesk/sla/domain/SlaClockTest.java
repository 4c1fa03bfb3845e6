package org.faultdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.faultdesk.events.SlaClockStarted.Change;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.TicketStatus;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private static final Instant OPENED = FIXED.instant();
    private static final Instant EIGHT_HOURS = OPENED.plus(Duration.ofHours(8));

    private final List<ClockMark> marks = new ArrayList<>();

    @Test
    void aRunningClockCountsFromTheOpening() {
        SlaClock clock = clock(EIGHT_HOURS);
        Instant now = FIXED.instant().plus(Duration.ofHours(2));
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.restoreDeadline()).contains(EIGHT_HOURS);
        assertThat(clock.elapsed(now)).isEqualTo(Duration.ofHours(2));
        assertThat(clock.elapsedPercent(now)).isEqualTo(25);
        assertThat(clock.dueAt(50)).isEqualTo(OPENED.plus(Duration.ofHours(4)));
        assertThat(clock.dueAt(150)).isEqualTo(OPENED.plus(Duration.ofHours(12)));
    }

    @Test
    void aPauseStopsCountingAndTheResumeMovesDeadlineAndStages() {
        mark(1, ClockMark.Type.PAUSE);
        SlaClock paused = clock(EIGHT_HOURS);
        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.restoreDeadline()).as("moves while paused").isEmpty();
        assertThat(paused.elapsed(at(5))).isEqualTo(Duration.ofHours(1));
        assertThat(paused.projectedDeadline(at(5))).isEqualTo(EIGHT_HOURS.plus(Duration.ofHours(4)));

        mark(3, ClockMark.Type.RUN);
        SlaClock resumed = clock(EIGHT_HOURS);
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.reading().pausedTotal()).isEqualTo(Duration.ofHours(2));
        assertThat(resumed.restoreDeadline()).contains(EIGHT_HOURS.plus(Duration.ofHours(2)));
        assertThat(resumed.dueAt(50)).isEqualTo(OPENED.plus(Duration.ofHours(6)));
        assertThat(resumed.elapsed(at(4))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void resolvedAfterThePausedDeadlineIsStillMet() {
        mark(1, ClockMark.Type.PAUSE);
        mark(5, ClockMark.Type.RUN);
        mark(11, ClockMark.Type.STOP);
        SlaClock clock = clock(EIGHT_HOURS);
        assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
        assertThat(clock.outcome()).contains(SlaOutcome.MET);
        assertThat(clock.elapsed(at(30))).isEqualTo(Duration.ofHours(7));
        assertThat(clock.reading().pausedTotal()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void resolvedPastTheDeadlineIsBreached() {
        mark(9, ClockMark.Type.STOP);
        assertThat(clock(EIGHT_HOURS).outcome()).contains(SlaOutcome.BREACHED);
    }

    @Test
    void aReopenedTicketContinuesItsClockWithoutTheResolvedGap() {
        mark(2, ClockMark.Type.STOP);
        mark(10, ClockMark.Type.RUN);
        SlaClock clock = clock(EIGHT_HOURS);
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.elapsed(at(11))).isEqualTo(Duration.ofHours(3));
        assertThat(clock.restoreDeadline()).contains(EIGHT_HOURS.plus(Duration.ofHours(8)));
        assertThat(ClockTransitions.change(ClockState.STOPPED, clock.state(), false)).contains(Change.REOPENED);
    }

    @Test
    void aRecomputedPolicyKeepsElapsedAndPausedTime() {
        mark(1, ClockMark.Type.PAUSE);
        mark(2, ClockMark.Type.RUN);
        SlaClock ordinary = clock(EIGHT_HOURS);
        // The tier changes to AAA (2 hours) at 3 hours in: the new deadline has already passed.
        SlaClock aaa = clock(OPENED.plus(Duration.ofHours(2)));
        assertThat(aaa.elapsed(at(3))).isEqualTo(ordinary.elapsed(at(3))).isEqualTo(Duration.ofHours(2));
        assertThat(aaa.reading().pausedTotal()).isEqualTo(Duration.ofHours(1));
        assertThat(aaa.restoreDeadline()).contains(OPENED.plus(Duration.ofHours(3)));
        assertThat(aaa.dueAt(100)).isEqualTo(OPENED.plus(Duration.ofHours(3)));
        assertThat(ClockTransitions.change(ClockState.RUNNING, ClockState.RUNNING, true)).contains(Change.RECOMPUTED);
    }

    @Test
    void marksArrivingLateOrTwiceGiveTheSameClock() {
        mark(3, ClockMark.Type.RUN);
        mark(1, ClockMark.Type.PAUSE);
        mark(1, ClockMark.Type.PAUSE);
        mark(3, ClockMark.Type.RUN);
        SlaClock clock = clock(EIGHT_HOURS);
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.reading().pausedTotal()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aCancelledTicketHasNoOutcome() {
        mark(1, ClockMark.Type.CANCEL);
        mark(2, ClockMark.Type.RUN);
        SlaClock clock = clock(EIGHT_HOURS);
        assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
        assertThat(clock.outcome()).isEmpty();
    }

    @Test
    void statusesMapToMarks() {
        assertThat(ClockTransitions.markFor(TicketStatus.PENDING)).contains(ClockMark.Type.PAUSE);
        assertThat(ClockTransitions.markFor(TicketStatus.HELD)).as("internal waits keep counting").contains(ClockMark.Type.RUN);
        assertThat(ClockTransitions.markFor(TicketStatus.RESOLVED)).contains(ClockMark.Type.STOP);
        assertThat(ClockTransitions.markFor(TicketStatus.CLOSED)).isEmpty();
        assertThat(ClockTransitions.change(null, ClockState.RUNNING, false)).contains(Change.STARTED);
        assertThat(ClockTransitions.change(ClockState.RUNNING, ClockState.PAUSED, false)).contains(Change.PAUSED);
        assertThat(ClockTransitions.change(ClockState.PAUSED, ClockState.RUNNING, false)).contains(Change.RESUMED);
        assertThat(ClockTransitions.change(ClockState.RUNNING, ClockState.RUNNING, false)).isEmpty();
    }

    private void mark(int hoursAfterOpening, ClockMark.Type type) {
        marks.add(new ClockMark(at(hoursAfterOpening), type, marks.size() + 1));
    }

    private static Instant at(int hoursAfterOpening) {
        return OPENED.plus(Duration.ofHours(hoursAfterOpening));
    }

    private SlaClock clock(Instant baseDeadline) {
        return new SlaClock(OPENED, baseDeadline, marks);
    }
}
