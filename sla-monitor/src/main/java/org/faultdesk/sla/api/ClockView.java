package org.faultdesk.sla.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.TicketClassification;

/**
 * One of a ticket's clocks as it stands now: the restore clock, with the ticket's response clocks
 * in {@code responseClocks}; for a response clock, {@code restoreDeadline} is its own deadline and
 * {@code timeToRestore} the time it took to reach its milestone.
 *
 * @param clock             "restore", or the response milestone the clock waits for
 * @param restoreDeadline   the deadline with the pauses so far (while paused: if resumed at the pause's start)
 * @param projectedDeadline the deadline if the clock resumed now; equals restoreDeadline unless paused
 * @param elapsed           time counted against the allowance, pauses excluded
 * @param limit             the policy's outer bound, if it has one (home broadband's "at most")
 */
public record ClockView(
        String ticketId,
        String clock,
        String state,
        Instant openedAt,
        TicketClassification classification,
        String policyKey,
        boolean defaultPolicy,
        String allowance,
        String limit,
        Instant restoreDeadline,
        Instant projectedDeadline,
        Duration elapsed,
        long elapsedPercent,
        Duration pausedTotal,
        Instant stoppedAt,
        String outcome,
        Duration timeToRestore,
        String technicianId,
        List<Stage> stages,
        List<ClockView> responseClocks) {

    /** One stage of the clock's escalation ladder and where it stands. */
    public record Stage(int number, int percent, String kind, int level, List<EscalationRole> roles,
                        String status, Instant dueAt) {
    }
}
