package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** A trouble ticket's status, with TMF621's names on the wire. */
public enum TicketStatus {
    ACKNOWLEDGED("acknowledged"),
    IN_PROGRESS("inProgress"),
    /** Waiting on the customer: the restore clock pauses. */
    PENDING("pending"),
    /** Waiting on something internal: the restore clock keeps running. */
    HELD("held"),
    RESOLVED("resolved"),
    CLOSED("closed"),
    REJECTED("rejected"),
    CANCELLED("cancelled");

    private final String tmfName;

    TicketStatus(String tmfName) {
        this.tmfName = tmfName;
    }

    @JsonValue
    public String tmfName() {
        return tmfName;
    }

    /** No work is expected on the ticket in these states unless it is reopened. */
    public boolean isTerminal() {
        return this == RESOLVED || this == CLOSED || this == REJECTED || this == CANCELLED;
    }
}
