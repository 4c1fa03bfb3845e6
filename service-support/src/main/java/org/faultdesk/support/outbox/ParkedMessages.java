package org.faultdesk.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Outbox messages the relay parked because they can never be sent as they are, with the reason;
 * and the gauges an operator alerts on: how many are parked, and how old the oldest unsent
 * message is (a stuck relay shows as a growing age before anyone misses an event).
 */
@ApplicationScoped
public class ParkedMessages {

    private static final Logger LOG = Logger.getLogger(ParkedMessages.class);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxRelay relay;

    /** A parked message as an operator sees it. */
    public record Parked(long id, UUID eventId, String topic, String key, String eventType, Instant occurredAt,
                         Instant parkedAt, String reason, int payloadLength) {
    }

    void registerGauges(@Observes StartupEvent startup) {
        Gauge.builder("faultdesk.outbox.parked", () -> read("select count(*) from outbox_parked"))
                .description("Outbox messages parked because they can never be sent as they are")
                .register(registry);
        Gauge.builder("faultdesk.outbox.oldest.age", () -> read(
                        "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_message"))
                .description("Age of the oldest outbox message not yet sent")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Moves the message out of the outbox with the reason; runs in the relay's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void park(OutboxMessage message, String reason) {
        entityManager.createNativeQuery("""
                        insert into outbox_parked (id, event_id, topic, message_key, event_type, occurred_at, payload,
                                                   created_at, trace_parent, reason)
                        select id, event_id, topic, message_key, event_type, occurred_at, payload, created_at,
                               trace_parent, :reason
                        from outbox_message where id = :id""")
                .setParameter("id", message.id)
                .setParameter("reason", reason)
                .executeUpdate();
        entityManager.createNativeQuery("delete from outbox_message where id = :id")
                .setParameter("id", message.id)
                .executeUpdate();
        registry.counter("faultdesk.outbox.parkings", "topic", message.topic).increment();
        LOG.errorf("ticket %s: outbox message %s (%s to %s) parked: %s", message.messageKey, message.eventId,
                message.eventType, message.topic, reason);
    }

    /** The parked messages, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Parked> list(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, event_id, topic, message_key, event_type, occurred_at, parked_at, reason,
                               length(payload)
                        from outbox_parked order by id limit :limit""")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Parked(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                (String) row[3], (String) row[4], instant(row[5]), instant(row[6]), (String) row[7],
                ((Number) row[8]).intValue())).toList();
    }

    /**
     * Puts parked messages back in the outbox, in their original order, for the relay to send again
     * (after the topic was created or the broker's limit raised); all of them when {@code eventId}
     * is null. Returns how many. One that still cannot be sent is parked again with the reason.
     */
    @Transactional
    public int replay(UUID eventId) {
        String which = eventId == null ? "" : " where event_id = :eventId";
        var insert = entityManager.createNativeQuery("""
                insert into outbox_message (event_id, topic, message_key, event_type, occurred_at, payload, created_at,
                                            trace_parent)
                select event_id, topic, message_key, event_type, occurred_at, payload, created_at, trace_parent
                from outbox_parked""" + which + " order by id");
        var delete = entityManager.createNativeQuery("delete from outbox_parked" + which);
        if (eventId != null) {
            insert.setParameter("eventId", eventId);
            delete.setParameter("eventId", eventId);
        }
        int replayed = insert.executeUpdate();
        delete.executeUpdate();
        if (replayed > 0) {
            LOG.infof("%d parked outbox message(s) put back in the outbox", replayed);
            relay.wakeAfterCommit();
        }
        return replayed;
    }

    private double read(String sql) {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    ((Number) entityManager.createNativeQuery(sql).getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: the gauge says "unknown", not "zero"
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i : null;
    }
}
