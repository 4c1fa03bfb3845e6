package org.faultdesk.notification.domain;

/** Where a message stands in the delivery log. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Held for the customer's quiet hours (or a callback delay); released by the worker when due. */
    HELD,
    /**
     * Claimed by a sender, whose attempt is under way outside any transaction. Its next_attempt_at
     * is the claim's lease: a sender that died mid-attempt leaves it due again when the lease ends.
     */
    SENDING,
    SENT,
    /** Given up after the last attempt, or refused by the gateway as invalid. */
    FAILED,
    /** Nothing to send to: the recipient has no address on this channel. */
    SKIPPED,
    /** Not sent: the ticket ended (cancelled, rejected, closed) first, and the message was about work on it. */
    WITHDRAWN
}
