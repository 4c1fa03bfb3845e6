package org.faultdesk.notification.api;

import java.time.Instant;
import java.util.UUID;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;

/** A line of the delivery log; addresses are masked. */
public record DeliveryView(long id, UUID eventId, String ticketId, Notice notice, String recipient, Channel channel,
                          int repeat, String address, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                          String lastError, String subject, String body, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.eventId, d.ticketId, d.notice, d.recipient, d.channel, d.repeatNo, d.address,
                d.status, d.attempts, d.nextAttemptAt, d.lastError, d.subject, d.body, d.createdAt, d.sentAt);
    }
}
