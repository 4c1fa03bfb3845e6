package org.faultdesk.sla.domain;

/** Where a restore clock stands. */
public enum ClockState {
    RUNNING,
    /** The ticket waits on the customer; the deadline moves for as long as this lasts. */
    PAUSED,
    /** Resolved; met or breached. A reopen continues the clock. */
    STOPPED,
    /** Cancelled or rejected: no outcome, not in the compliance report. */
    CANCELLED
}
