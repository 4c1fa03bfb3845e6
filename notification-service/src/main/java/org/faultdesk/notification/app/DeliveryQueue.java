package org.faultdesk.notification.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.domain.Person;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.jboss.logging.Logger;

/**
 * Puts messages in the delivery table inside the caller's transaction. The unique constraint on
 * (event, notice, recipient, channel, repeat) makes a redelivered event or a second instance
 * enqueue nothing more: one message each, whatever happens upstream.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    @Inject
    DeliveryStore deliveries;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    DeliveryWorker worker;

    /** A notice for a supervisor: one message per channel the person has, plus the live feed when asked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toPerson(UUID eventId, String ticketId, Notice notice, int repeatNo, Person person,
                         Map<String, String> params) {
        if (person.email != null && !person.email.isBlank()) {
            enqueue(eventId, ticketId, notice, person.id, Channel.EMAIL, repeatNo, person.language, params, clock.instant());
        }
        if (person.phone != null && !person.phone.isBlank()) {
            enqueue(eventId, ticketId, notice, person.id, Channel.SMS, repeatNo, person.language, params, clock.instant());
        }
    }

    /** A notice on the supervisors' live feed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toFeed(UUID eventId, String ticketId, Notice notice, int repeatNo, Map<String, String> params) {
        enqueue(eventId, ticketId, notice, Delivery.FEED, Channel.FEED, repeatNo, "zh-CN", params, clock.instant());
    }

    /**
     * A notice for the customer by SMS and e-mail, sent no earlier than {@code notBefore} and, unless
     * urgent, after the customer's quiet hours. The contact is fetched when sending.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toCustomer(UUID eventId, String ticketId, Notice notice, Map<String, String> params, Instant notBefore) {
        Instant due = notice.urgent() ? notBefore : config.customerQuietHours().releaseAt(notBefore);
        for (Channel channel : new Channel[] {Channel.SMS, Channel.EMAIL}) {
            enqueue(eventId, ticketId, notice, Delivery.CUSTOMER, channel, 0, "zh-CN", params, due);
        }
    }

    /**
     * Withdraws the ticket's messages not sent yet (waiting for a retry or held) that are about work
     * on it ({@link Notice#aboutWorkInProgress}); returns how many. A message the worker is sending
     * at this moment holds its row lock: this waits for it and leaves it as it ended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawWorkInProgress(String ticketId, String reason) {
        List<String> notices = Arrays.stream(Notice.values()).filter(Notice::aboutWorkInProgress).map(Notice::name).toList();
        return deliveries.withdrawUnsent(ticketId, notices, reason);
    }

    private void enqueue(UUID eventId, String ticketId, Notice notice, String recipient, Channel channel,
                         int repeatNo, String language, Map<String, String> params, Instant due) {
        Instant now = clock.instant();
        DeliveryStatus status = due.isAfter(now) ? DeliveryStatus.HELD : DeliveryStatus.PENDING;
        boolean queued = deliveries.insertOnce(eventId, ticketId, notice, recipient, channel, repeatNo,
                language == null ? "zh-CN" : language, write(params), status, due, now);
        if (!queued) {
            LOG.debugf("ticket %s: %s for %s over %s already queued", ticketId, notice, recipient, channel);
        } else if (status == DeliveryStatus.PENDING) {
            worker.wakeAfterCommit();
        }
    }

    public String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> read(String params) {
        try {
            return json.readValue(params, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable params " + params, e);
        }
    }
}
