package org.faultdesk.dispatch.domain;

/** Where a work order stands in the field. */
public enum WorkOrderStatus {
    /** In the queue: no technician holds it. */
    WAITING,
    /** Offered to a technician, who has not answered yet. */
    ASSIGNED,
    ACCEPTED,
    /** A visit window is agreed with the customer (预约). */
    BOOKED,
    EN_ROUTE,
    ON_SITE,
    /** The customer was absent at the door: a note was left and a new booking is needed. */
    AWAITING_REBOOKING,
    COMPLETED,
    CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Whether a technician holds the order, so it counts against their maximum. */
    public boolean isHeld() {
        return this != WAITING && !isClosed();
    }
}
