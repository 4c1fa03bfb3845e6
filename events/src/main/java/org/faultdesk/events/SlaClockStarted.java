package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket's restore deadline was set or changed: the clock started, paused, resumed, was
 * recomputed after a change of tier, service type or scope, or continued after a reopen.
 *
 * @param restoreDeadline when service must be restored; null while the clock is paused, since
 *                        the deadline moves for as long as the pause lasts
 * @param policyKey       the policy row that gave the allowance
 * @param defaultPolicy   true when no policy matched and the documented default was used
 * @param pausedTotal     time spent paused so far, added to the deadline
 * @param clock which of the ticket's clocks ({@link SlaClocks}): {@code restore}, or a response
 *              milestone's name, whose deadline {@code restoreDeadline} then holds
 */
public record SlaClockStarted(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        Change change,
        ClockState clockState,
        Instant startedAt,
        Instant restoreDeadline,
        Allowance allowance,
        String policyKey,
        boolean defaultPolicy,
        Duration pausedTotal,
        String clock) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    /** What moved the deadline. */
    public enum Change { STARTED, PAUSED, RESUMED, RECOMPUTED, REOPENED }

    /** Whether the clock is counting. */
    public enum ClockState { RUNNING, PAUSED }

    public SlaClockStarted {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.present(change, "change");
        Require.present(clockState, "clockState");
        Require.present(startedAt, "startedAt");
        if (clockState == ClockState.RUNNING) {
            Require.present(restoreDeadline, "restoreDeadline");
        }
        Require.present(allowance, "allowance");
        Require.text(policyKey, "policyKey");
        Require.present(pausedTotal, "pausedTotal");
        clock = SlaClocks.orRestore(clock);
    }

    /** The restore clock's event (what every event was before a ticket had several clocks). */
    public SlaClockStarted(UUID eventId, Instant occurredAt, String ticketId, int schemaVersion, Change change,
            ClockState clockState, Instant startedAt, Instant restoreDeadline, Allowance allowance, String policyKey,
            boolean defaultPolicy, Duration pausedTotal) {
        this(eventId, occurredAt, ticketId, schemaVersion, change, clockState, startedAt, restoreDeadline, allowance,
                policyKey, defaultPolicy, pausedTotal, SlaClocks.RESTORE);
    }

    /** Whether this is the restore clock's event, rather than a response milestone's. */
    @JsonIgnore
    public boolean isRestoreClock() {
        return SlaClocks.RESTORE.equals(clock);
    }
}
