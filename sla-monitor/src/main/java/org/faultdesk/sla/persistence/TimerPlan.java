package org.faultdesk.sla.persistence;

import java.time.Instant;

/**
 * What a clock's timer row should be after a change: its next stage and due time, or none
 * ({@code stage == 0}) when the clock is not running or its ladder is done.
 */
public record TimerPlan(String ticketId, String clock, int stage, Instant dueAt) {

    public static TimerPlan none(String ticketId, String clock) {
        return new TimerPlan(ticketId, clock, 0, null);
    }

    public boolean planned() {
        return stage > 0;
    }
}
