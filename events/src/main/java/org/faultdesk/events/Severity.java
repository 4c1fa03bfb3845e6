package org.faultdesk.events;

/** How badly the customer is affected, as classed by the call centre. */
public enum Severity {
    /** Service down. */
    CRITICAL,
    /** Service degraded. */
    MAJOR,
    /** Inconvenience, workaround available. */
    MINOR
}
