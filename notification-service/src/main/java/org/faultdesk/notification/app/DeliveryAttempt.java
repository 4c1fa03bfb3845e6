package org.faultdesk.notification.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.faultdesk.events.NotificationFailed;
import org.faultdesk.notification.channel.ChannelException;
import org.faultdesk.notification.channel.FeedItem;
import org.faultdesk.notification.channel.MailSender;
import org.faultdesk.notification.channel.SmsGateway;
import org.faultdesk.notification.channel.SupervisorFeed;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.NoticeRenderer;
import org.faultdesk.notification.domain.Person;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.outbox.Outbox;
import org.faultdesk.support.privacy.Masking;
import org.faultdesk.ticketclient.CustomerContact;
import org.faultdesk.ticketclient.TicketServiceClient;
import org.jboss.logging.Logger;

/**
 * Takes one due message with {@code FOR UPDATE SKIP LOCKED}, sends it and records the outcome in
 * the same transaction. A crash after the gateway accepted but before the commit sends it again
 * on restart, with the same message id as idempotency key: at least once towards the gateway,
 * exactly once in the log.
 */
@ApplicationScoped
public class DeliveryAttempt {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempt.class);

    @Inject
    DeliveryStore deliveries;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    DeliveryQueue queue;

    @Inject
    SmsGateway sms;

    @Inject
    MailSender mail;

    @Inject
    SupervisorFeed feed;

    @Inject
    @RestClient
    TicketServiceClient ticketService;

    @Inject
    MeterRegistry registry;

    @Inject
    Outbox outbox;

    /** quarkus-qute's engine: it found and checked templates/*.txt at build time. */
    @Inject
    Engine templates;

    private NoticeRenderer renderer;

    @PostConstruct
    void init() {
        renderer = new NoticeRenderer(templates::getTemplate, config.zone());
    }

    /** Delivers the most overdue due message, if any; returns false when nothing was due. */
    public boolean deliverNext() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Delivery> due = deliveries.lockNextDue(clock.instant());
            due.ifPresent(this::deliver);
            return due.isPresent();
        });
    }

    private void deliver(Delivery delivery) {
        delivery.attempts++;
        try {
            Optional<Recipient> recipient = recipient(delivery);
            if (recipient.isEmpty()) {
                delivery.status = DeliveryStatus.SKIPPED;
                delivery.lastError = "no address for " + delivery.channel;
                LOG.infof("ticket %s: %s for %s skipped, no %s address", delivery.ticketId, delivery.notice,
                        delivery.recipient, delivery.channel);
                return;
            }
            Recipient to = recipient.get();
            delivery.language = NoticeRenderer.supportedLanguage(to.language());
            NoticeRenderer.Rendered message = renderer.render(delivery.notice, delivery.language, to.params());
            send(delivery, to.address(), message);
            delivery.status = DeliveryStatus.SENT;
            delivery.sentAt = clock.instant();
            delivery.lastError = null;
            delivery.address = masked(delivery.channel, to.address());
            delivery.subject = message.subject();
            delivery.body = message.body();
            registry.counter("faultdesk.notification.sent", "channel", delivery.channel.name(),
                    "notice", delivery.notice.name()).increment();
            LOG.infof("ticket %s: %s sent to %s over %s (%s), attempt %d", delivery.ticketId, delivery.notice,
                    delivery.recipient, delivery.channel, delivery.address, delivery.attempts);
        } catch (ChannelException e) {
            failed(delivery, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            // The contact lookup (ticket-service down, ticket unknown there) fails like a gateway.
            failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void send(Delivery delivery, String address, NoticeRenderer.Rendered message) throws ChannelException {
        switch (delivery.channel) {
            case SMS -> sms.send("fd-" + delivery.id, address, message.text());
            case EMAIL -> mail.send(address, message.subject(), message.body());
            case FEED -> feed.publish(new FeedItem(delivery.ticketId, delivery.notice.name(), delivery.repeatNo,
                    message.subject(), message.body(), clock.instant()));
        }
    }

    private record Recipient(String address, String language, Map<String, String> params) {
    }

    private Optional<Recipient> recipient(Delivery delivery) {
        Map<String, String> params = new HashMap<>(queue.read(delivery.params));
        if (delivery.channel == Channel.FEED) {
            return Optional.of(new Recipient(Delivery.FEED, delivery.language, params));
        }
        if (Delivery.CUSTOMER.equals(delivery.recipient)) {
            // Outside the transaction: the reactive client finishes on an I/O thread, and a failure
            // there must not be seen as a second thread inside our transaction (which then cannot commit).
            CustomerContact contact = QuarkusTransaction.suspendingExisting()
                    .call(() -> ticketService.customerContact(delivery.ticketId));
            params.put("customerName", contact.name() == null ? "" : contact.name());
            String address = delivery.channel == Channel.SMS ? contact.phone() : contact.email();
            return present(address).map(a -> new Recipient(a, contact.language(), params));
        }
        Person person = Person.findById(delivery.recipient);
        if (person == null) {
            return Optional.empty();
        }
        String address = delivery.channel == Channel.SMS ? person.phone : person.email;
        return present(address).map(a -> new Recipient(a, person.language, params));
    }

    private void failed(Delivery delivery, String reason, boolean permanent) {
        delivery.lastError = reason;
        Instant now = clock.instant();
        Optional<Instant> next = permanent ? Optional.empty() : config.retryPolicy().nextAttempt(delivery.attempts, now);
        if (next.isPresent()) {
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = next.get();
            LOG.warnf("ticket %s: %s for %s over %s failed (attempt %d), retrying at %s: %s", delivery.ticketId,
                    delivery.notice, delivery.recipient, delivery.channel, delivery.attempts, next.get(), reason);
            return;
        }
        delivery.status = DeliveryStatus.FAILED;
        registry.counter("faultdesk.notification.failed", "channel", delivery.channel.name(),
                "notice", delivery.notice.name()).increment();
        // In the transaction that marks the row FAILED: the failure is announced exactly when it is recorded.
        outbox.publish(new NotificationFailed(UUID.randomUUID(), now, delivery.ticketId, NotificationFailed.SCHEMA_VERSION,
                delivery.eventId, delivery.notice.name(), delivery.recipient, delivery.channel.name(), delivery.attempts,
                reason == null || reason.isBlank() ? "unknown error" : reason));
        LOG.errorf("ticket %s: %s for %s over %s FAILED after %d attempt(s): %s", delivery.ticketId,
                delivery.notice, delivery.recipient, delivery.channel, delivery.attempts, reason);
    }

    private static Optional<String> present(String address) {
        return address == null || address.isBlank() ? Optional.empty() : Optional.of(address);
    }

    private static String masked(Channel channel, String address) {
        return switch (channel) {
            case SMS -> Masking.phone(address);
            case EMAIL -> Masking.email(address);
            case FEED -> address;
        };
    }
}
