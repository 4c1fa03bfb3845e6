package org.faultdesk.notification.domain;

import java.util.List;
import java.util.Locale;

/**
 * Who a message is for, which decides its queue: supervisor alerts (escalations, warnings, the
 * supervisors' feed) never wait behind customer notices, however many a major incident queues.
 */
public enum Audience {
    /** Supervisors, team leads, on-call staff and the supervisors' feed: the escalation path. */
    STAFF,
    /** The customer of the ticket. */
    CUSTOMER;

    /** The channels messages to this audience go by: customers have no feed. */
    public List<Channel> channels() {
        return this == STAFF ? List.of(Channel.values()) : List.of(Channel.SMS, Channel.EMAIL);
    }

    /** The name of this audience's senders, before the channel: {@code alert-delivery-sms}. */
    public String senderName(Channel channel) {
        return (this == STAFF ? "alert-delivery-" : "customer-delivery-") + channel.name().toLowerCase(Locale.ROOT);
    }

    public static Audience of(String recipient) {
        return Delivery.CUSTOMER.equals(recipient) ? CUSTOMER : STAFF;
    }
}
