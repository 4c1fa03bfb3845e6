package org.faultdesk.notification.domain;

/** Where a message stands in the delivery log. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Held for the customer's quiet hours (or a callback delay); released by the worker when due. */
    HELD,
    SENT,
    /** Given up after the last attempt, or refused by the gateway as invalid. */
    FAILED,
    /** Nothing to send to: the recipient has no address on this channel. */
    SKIPPED,
    /** Not sent: the ticket ended (cancelled, rejected, closed) first, and the message was about work on it. */
    WITHDRAWN
}
