package org.faultdesk.events;

/** Whether service was restored by the restore deadline. */
public enum SlaOutcome {
    MET,
    BREACHED
}
