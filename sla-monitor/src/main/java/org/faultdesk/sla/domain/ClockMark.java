package org.faultdesk.sla.domain;

import java.time.Instant;

/**
 * A fact about a ticket's status at a point in time, as its events report it. The clock is the
 * fold of its marks in time order, so marks that arrive late or twice still give the right clock.
 *
 * @param seq arrival order, to order marks that carry the same instant
 */
public record ClockMark(Instant at, Type type, long seq) {

    /** What the ticket's status means for the clock. */
    public enum Type {
        /** Waiting on the customer ({@code pending}): stop counting. */
        PAUSE,
        /** Being worked on: count (resumes a pause, reopens a resolved ticket). */
        RUN,
        /** Resolved: the clock stops, met or breached. */
        STOP,
        /** Cancelled or rejected: the clock ends without an outcome. */
        CANCEL
    }
}
