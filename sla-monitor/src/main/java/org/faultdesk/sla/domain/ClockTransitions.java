package org.faultdesk.sla.domain;

import java.util.Optional;
import org.faultdesk.events.SlaClockStarted.Change;
import org.faultdesk.events.TicketStatus;

/** How ticket statuses drive the clock, and how a clock's change is announced. */
public final class ClockTransitions {

    private ClockTransitions() {
    }

    /** The mark a ticket status sets; closing a resolved ticket changes nothing. */
    public static Optional<ClockMark.Type> markFor(TicketStatus status) {
        return switch (status) {
            case PENDING -> Optional.of(ClockMark.Type.PAUSE);
            case ACKNOWLEDGED, IN_PROGRESS, HELD -> Optional.of(ClockMark.Type.RUN);
            case RESOLVED -> Optional.of(ClockMark.Type.STOP);
            case CANCELLED, REJECTED -> Optional.of(ClockMark.Type.CANCEL);
            case CLOSED -> Optional.empty();
        };
    }

    /**
     * The deadline change to announce when a clock went from {@code before} (null: not started
     * yet) to {@code after}; empty when nothing a reader of the deadline cares about changed.
     * Stops and cancellations are announced otherwise (or not at all).
     */
    public static Optional<Change> change(ClockState before, ClockState after, boolean deadlineMoved) {
        if (after == ClockState.CANCELLED || (before == ClockState.CANCELLED)) {
            return Optional.empty();
        }
        if (before == null) {
            return Optional.of(Change.STARTED);
        }
        if (after == ClockState.STOPPED) {
            return Optional.empty();
        }
        if (before == ClockState.STOPPED) {
            return Optional.of(Change.REOPENED);
        }
        if (before == ClockState.RUNNING && after == ClockState.PAUSED) {
            return Optional.of(Change.PAUSED);
        }
        if (before == ClockState.PAUSED && after == ClockState.RUNNING) {
            return Optional.of(Change.RESUMED);
        }
        return deadlineMoved ? Optional.of(Change.RECOMPUTED) : Optional.empty();
    }
}
