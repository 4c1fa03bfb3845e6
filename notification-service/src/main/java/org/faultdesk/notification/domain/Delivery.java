package org.faultdesk.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient over one channel: the row is both the pending work of the delivery
 * worker and, once done, the delivery log. Unique per (event, notice, recipient, channel, repeat).
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    /** The recipient of customer notices; the address is fetched from ticket-service when sending. */
    public static final String CUSTOMER = "customer";
    /** The recipient of the supervisors' live feed. */
    public static final String FEED = "supervisors-feed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "ticket_id")
    public String ticketId;

    @Enumerated(EnumType.STRING)
    public Notice notice;

    /** A person id, {@link #CUSTOMER} or {@link #FEED}. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "repeat_no")
    public int repeatNo;

    /** Where it went, masked for phones and customers' e-mails. */
    public String address;

    public String language;

    /** Template parameters as JSON. */
    public String params;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    public String subject;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** For customer notices: CustomerSafety.recipientKey of the address sent to (never the address). */
    @Column(name = "recipient_key")
    public String recipientKey;

    /** The traceparent of the event's handling that queued it: its delivery is a span of that trace. */
    @Column(name = "trace_parent")
    public String traceParent;
}
