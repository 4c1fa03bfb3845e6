package org.faultdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock's state after folding its marks.
 *
 * @param pausedTotal time not counted so far: waiting on the customer, and the time between a
 *                    resolution and a reopen
 * @param pausedSince start of the current pause while {@link ClockState#PAUSED}
 * @param stoppedAt   when the clock stopped while {@link ClockState#STOPPED} or cancelled
 */
public record ClockReading(ClockState state, Duration pausedTotal, Instant pausedSince, Instant stoppedAt) {
}
