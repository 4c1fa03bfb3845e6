package org.faultdesk.notification.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
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
import org.faultdesk.notification.domain.Audience;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.CustomerSafety;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.NoticeRenderer;
import org.faultdesk.notification.domain.Person;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.messaging.EventHandling;
import org.faultdesk.support.outbox.Outbox;
import org.faultdesk.support.privacy.Masking;
import org.faultdesk.support.tracing.Traces;
import org.faultdesk.ticketclient.CustomerContact;
import org.faultdesk.ticketclient.TicketServiceClient;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One attempt at one message, in three steps so that no transaction waits on the network:
 * <ol>
 *   <li>claim the most overdue due message of a queue ({@code FOR UPDATE SKIP LOCKED}), mark it
 *       {@code SENDING} with a lease and commit;</li>
 *   <li>look up the customer's contact, render and send, outside any transaction, each call bounded
 *       by its timeout;</li>
 *   <li>record the outcome in a new transaction, if the claim is still ours.</li>
 * </ol>
 * A crash between the gateway's acceptance and step 3, or a server that accepts after the attempt's
 * timeout, sends the message again (once the lease or the backoff has run out) under the same
 * message id: the SMS gateway's idempotency key, the e-mail's Message-ID. At least once towards
 * the gateway, once per message id, exactly once in the log.
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
    Tracer tracer;


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

    /** A claimed message, as step 2 needs it: detached from the transaction that claimed it. */
    private record Claim(Delivery delivery, int attempt, Optional<Recipient> staffRecipient) {
    }

    /** Delivers the most overdue due message of the queue (audience and channel), if any; false when nothing was due. */
    public boolean deliverNext(Audience audience, Channel channel) {
        Optional<Claim> claimed = QuarkusTransaction.requiringNew().call(() -> claim(audience, channel));
        if (claimed.isEmpty()) {
            return false;
        }
        Claim claim = claimed.get();
        Delivery delivery = claim.delivery();
        // The ticket's trace goes on here: one client span per attempt, child of the event's handling
        // that queued the message, with the outcome; the attempt's log lines carry its trace id.
        Span span = Traces.startLater(tracer, delivery.traceParent, "notify " + delivery.channel, SpanKind.CLIENT)
                .setAttribute("faultdesk.ticket.id", delivery.ticketId)
                .setAttribute("faultdesk.notice", delivery.notice.name())
                .setAttribute("faultdesk.recipient", delivery.recipient)
                .setAttribute("faultdesk.attempt", claim.attempt());
        MDC.put(Traces.TRACE_ID, span.getSpanContext().getTraceId());
        MDC.put(EventHandling.TICKET_ID, delivery.ticketId);
        try {
            Outcome outcome = attempt(claim);
            QuarkusTransaction.requiringNew().run(() -> record(claim, outcome));
            span.setAttribute("faultdesk.outcome", outcome.wasSent() ? "sent" : outcome.error() != null ? "failed" : "not sent");
            if (outcome.error() != null) {
                span.setStatus(StatusCode.ERROR, outcome.error());
            }
        } finally {
            span.end();
            MDC.remove(Traces.TRACE_ID);
            MDC.remove(EventHandling.TICKET_ID);
        }
        return true;
    }

    private Optional<Claim> claim(Audience audience, Channel channel) {
        Instant now = clock.instant();
        return deliveries.lockNextDue(now, audience, channel).map(delivery -> {
            delivery.attempts++;
            delivery.status = DeliveryStatus.SENDING;
            delivery.nextAttemptAt = now.plus(config.sendingLease());
            // Staff addresses are in this database: read them here, while the transaction is open.
            Optional<Recipient> staff = Delivery.CUSTOMER.equals(delivery.recipient) ? Optional.empty() : staffRecipient(delivery);
            entityManager.flush();
            entityManager.detach(delivery);
            return new Claim(delivery, delivery.attempts, staff);
        });
    }

    /** What became of an attempt: sent with this text, nobody to send to, or failed. */
    private record Outcome(String address, String language, NoticeRenderer.Rendered message, String error,
                           boolean permanent, String recipientKey, String skipped) {

        static Outcome sent(String address, String language, NoticeRenderer.Rendered message, String recipientKey) {
            return new Outcome(address, language, message, null, false, recipientKey, null);
        }

        static Outcome nobody() {
            return new Outcome(null, null, null, null, false, null, null);
        }

        /** Not sent on purpose, for {@code reason}: recorded SKIPPED, never retried. */
        static Outcome skipped(String reason) {
            return new Outcome(null, null, null, null, false, null, reason);
        }

        static Outcome failed(String error, boolean permanent) {
            return new Outcome(null, null, null, error, permanent, null, null);
        }

        boolean wasSent() {
            return message != null;
        }
    }

    /** Step 2, outside any transaction: every call here is bounded by its own timeout. */
    private Outcome attempt(Claim claim) {
        Delivery delivery = claim.delivery();
        try {
            Optional<Recipient> recipient = Delivery.CUSTOMER.equals(delivery.recipient)
                    ? customerRecipient(delivery) : claim.staffRecipient();
            if (recipient.isEmpty()) {
                return Outcome.nobody();
            }
            Recipient to = recipient.get();
            boolean customer = Delivery.CUSTOMER.equals(delivery.recipient);
            String recipientKey = customer ? CustomerSafety.recipientKey(delivery.channel, to.address()) : null;
            if (customer) {
                long recent = deliveries.sentTo(recipientKey, clock.instant().minus(Duration.ofHours(1)));
                if (recent >= config.customerNoticesPerHour()) {
                    return Outcome.skipped("rate-limited: " + recent + " notices over " + delivery.channel
                            + " to this address in the last hour (limit " + config.customerNoticesPerHour() + ")");
                }
            }
            String language = NoticeRenderer.supportedLanguage(to.language());
            NoticeRenderer.Rendered message = renderer.render(delivery.notice, language, to.params());
            send(delivery, to.address(), message);
            // The delivery log keeps what was sent, but never a customer's name in full (PIPL).
            NoticeRenderer.Rendered logged = customer
                    ? renderer.render(delivery.notice, language, withMaskedName(to.params()))
                    : message;
            return Outcome.sent(to.address(), language, logged, recipientKey);
        } catch (ChannelException e) {
            return Outcome.failed(e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            // The contact lookup (ticket-service down, ticket unknown there) fails like a gateway.
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /** Step 3: the outcome, if the claim is still ours (its lease did not run out under a slow attempt). */
    private void record(Claim claim, Outcome outcome) {
        Optional<Delivery> row = deliveries.lock(claim.delivery().id);
        if (row.isEmpty() || row.get().attempts != claim.attempt()
                || (row.get().status != DeliveryStatus.SENDING && row.get().status != DeliveryStatus.WITHDRAWN)) {
            LOG.warnf("ticket %s: %s for %s: attempt %d outlived its claim; its outcome is not recorded",
                    claim.delivery().ticketId, claim.delivery().notice, claim.delivery().recipient, claim.attempt());
            return;
        }
        Delivery delivery = row.get();
        boolean withdrawn = delivery.status == DeliveryStatus.WITHDRAWN;
        if (outcome.wasSent()) {
            // Sent even if the ticket ended meanwhile: the log says what really went out.
            delivery.status = DeliveryStatus.SENT;
            delivery.sentAt = clock.instant();
            delivery.lastError = null;
            delivery.language = outcome.language();
            delivery.address = masked(delivery.channel, outcome.address());
            delivery.subject = outcome.message().subject();
            delivery.body = outcome.message().body();
            delivery.recipientKey = outcome.recipientKey();
            registry.counter("faultdesk.notification.sent", "channel", delivery.channel.name(),
                    "notice", delivery.notice.name()).increment();
            LOG.infof("ticket %s: %s sent to %s over %s (%s), attempt %d", delivery.ticketId, delivery.notice,
                    delivery.recipient, delivery.channel, delivery.address, delivery.attempts);
        } else if (withdrawn) {
            LOG.infof("ticket %s: %s for %s not sent and withdrawn meanwhile", delivery.ticketId, delivery.notice,
                    delivery.recipient);
        } else if (outcome.skipped() != null) {
            delivery.status = DeliveryStatus.SKIPPED;
            delivery.lastError = outcome.skipped();
            registry.counter("faultdesk.notification.rate.limited", "channel", delivery.channel.name()).increment();
            LOG.warnf("ticket %s: %s for %s over %s skipped, %s", delivery.ticketId, delivery.notice, delivery.recipient,
                    delivery.channel, outcome.skipped());
        } else if (outcome.error() == null) {
            delivery.status = DeliveryStatus.SKIPPED;
            delivery.lastError = "no address for " + delivery.channel;
            LOG.infof("ticket %s: %s for %s skipped, no %s address", delivery.ticketId, delivery.notice,
                    delivery.recipient, delivery.channel);
        } else {
            failed(delivery, outcome.error(), outcome.permanent());
        }
    }

    private void send(Delivery delivery, String address, NoticeRenderer.Rendered message) throws ChannelException {
        switch (delivery.channel) {
            case SMS -> sms.send("fd-" + delivery.id, address, message.text());
            case EMAIL -> mail.send("fd-" + delivery.id + "." + delivery.eventId, address, message.subject(), message.body());
            case FEED -> feed.publish(new FeedItem(delivery.ticketId, delivery.notice.name(), delivery.repeatNo,
                    message.subject(), message.body(), clock.instant()));
        }
    }

    private record Recipient(String address, String language, Map<String, String> params) {
    }

    private static Map<String, String> withMaskedName(Map<String, String> params) {
        Map<String, String> masked = new HashMap<>(params);
        masked.computeIfPresent("customerName", (key, name) -> Masking.name(name));
        return masked;
    }

    /** The customer's address, from ticket-service (never on Kafka, ADR 0003); called outside any transaction. */
    private Optional<Recipient> customerRecipient(Delivery delivery) {
        Map<String, String> params = new HashMap<>(queue.read(delivery.params));
        CustomerContact contact = ticketService.customerContact(delivery.ticketId);
        // Only a name: whatever else a caller typed there (a link, a message) is not sent in our name.
        String name = CustomerSafety.safeName(contact.name());
        boolean english = "en".equals(NoticeRenderer.supportedLanguage(contact.language()));
        params.put("customerName", !name.isEmpty() ? name : english ? "customer" : "尊敬的客户");
        String address = delivery.channel == Channel.SMS ? contact.phone() : contact.email();
        return present(address).map(a -> new Recipient(a, contact.language(), params));
    }

    /** A staff member's address from the directory, or the supervisors' feed. */
    private Optional<Recipient> staffRecipient(Delivery delivery) {
        Map<String, String> params = new HashMap<>(queue.read(delivery.params));
        if (delivery.channel == Channel.FEED) {
            return Optional.of(new Recipient(Delivery.FEED, delivery.language, params));
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
        Optional<Instant> next = permanent ? Optional.empty() : config.retryPolicy(Audience.of(delivery.recipient)).nextAttempt(delivery.attempts, now);
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
