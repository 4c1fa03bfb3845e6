package org.faultdesk.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Audience;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.support.tracing.Traces;

/**
 * The delivery table: queue, log and idempotency in one (ADR 0040). A message is queued at most
 * once per event, recipient, channel and repetition; the worker takes the most overdue one with
 * {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class DeliveryStore {

    @Inject
    EntityManager entityManager;

    /**
     * The most overdue message for {@code audience} on {@code channel} due at {@code now}, locked, unless another
     * worker holds it; a message whose sender's lease ran out ({@code SENDING}) is due again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<Delivery> lockNextDue(Instant now, Audience audience, Channel channel) {
        List<Long> due = entityManager.createNativeQuery("""
                        select id from delivery
                        where status in ('PENDING', 'HELD', 'SENDING') and next_attempt_at <= :now
                          and (recipient = 'customer') = :customers and channel = :channel
                        order by next_attempt_at limit 1
                        for update skip locked""", Long.class)
                .setParameter("now", now)
                .setParameter("customers", audience == Audience.CUSTOMER)
                .setParameter("channel", channel.name())
                .getResultList();
        return due.stream().findFirst().map(id -> entityManager.find(Delivery.class, id));
    }

    /** The message, locked, to record the outcome of an attempt made outside the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> lock(long id) {
        return Optional.ofNullable(entityManager.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Queues a message unless the same one was queued before; returns whether it was queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertOnce(UUID eventId, String ticketId, Notice notice, String recipient, Channel channel,
                              int repeatNo, String language, String params, DeliveryStatus status, Instant due,
                              Instant now) {
        return entityManager.createNativeQuery("""
                        insert into delivery (event_id, ticket_id, notice, recipient, channel, repeat_no, language,
                                              params, status, next_attempt_at, created_at, trace_parent)
                        values (:eventId, :ticketId, :notice, :recipient, :channel, :repeatNo, :language,
                                :params, :status, :due, :now, :traceParent)
                        on conflict on constraint delivery_once do nothing""")
                .setParameter("eventId", eventId)
                .setParameter("ticketId", ticketId)
                .setParameter("notice", notice.name())
                .setParameter("recipient", recipient)
                .setParameter("channel", channel.name())
                .setParameter("repeatNo", repeatNo)
                .setParameter("language", language)
                .setParameter("params", params)
                .setParameter("status", status.name())
                .setParameter("due", due)
                .setParameter("now", now)
                // The span of the event's handling: the delivery continues its trace (Traces.startLater).
                .setParameter("traceParent", Traces.currentTraceParent().orElse(null))
                .executeUpdate() == 1;
    }

    /** Withdraws the ticket's unsent messages of those notices; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawUnsent(String ticketId, List<String> notices, String reason) {
        return entityManager.createNativeQuery("""
                        update delivery set status = 'WITHDRAWN', last_error = :reason
                        where ticket_id = :ticketId and status in ('PENDING', 'HELD', 'SENDING') and notice in (:notices)""")
                .setParameter("reason", reason)
                .setParameter("ticketId", ticketId)
                .setParameter("notices", notices)
                .executeUpdate();
    }

    /** Customer notices sent to the address of {@code recipientKey} since {@code since}. */
    @Transactional
    public long sentTo(String recipientKey, Instant since) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from delivery where recipient_key = ?1 and status = 'SENT' and sent_at >= ?2")
                .setParameter(1, recipientKey)
                .setParameter(2, since)
                .getSingleResult()).longValue();
    }

    /** Messages waiting to be sent, including those held for quiet hours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countWaiting() {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from delivery where status in ('PENDING', 'HELD', 'SENDING')").getSingleResult()).longValue();
    }

    /** The log's newest messages matching every filter given (a null filter matches all). */
    public List<Delivery> search(String ticketId, String recipient, DeliveryStatus status, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (ticketId != null) {
            where.add("ticketId = :ticketId");
            params.put("ticketId", ticketId);
        }
        if (recipient != null) {
            where.add("recipient = :recipient");
            params.put("recipient", recipient);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        var query = entityManager.createQuery("from Delivery" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by id desc", Delivery.class).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
