package org.faultdesk.notification.domain;

/**
 * Who a message is for, which decides its queue: supervisor alerts (escalations, warnings, the
 * supervisors' feed) never wait behind customer notices, however many a major incident queues.
 */
public enum Audience {
    /** Supervisors, team leads, on-call staff and the supervisors' feed: the escalation path. */
    STAFF,
    /** The customer of the ticket. */
    CUSTOMER;

    public static Audience of(String recipient) {
        return Delivery.CUSTOMER.equals(recipient) ? CUSTOMER : STAFF;
    }
}
