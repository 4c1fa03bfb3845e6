package org.faultdesk.sla.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.sla.domain.ClockMark;
import org.faultdesk.sla.domain.ClockState;
import org.hibernate.Session;

/** Reads and locks clock rows and keeps each running clock's next-stage timer row. */
@ApplicationScoped
public class ClockStore {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final TypeReference<List<ClockMark>> MARKS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    /** The ticket's clock row, created empty if new, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClockRow lockOrCreate(String ticketId) {
        entityManager.createNativeQuery("insert into sla_clock (ticket_id) values (:id) on conflict do nothing")
                .setParameter("id", ticketId)
                .executeUpdate();
        return entityManager.find(ClockRow.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<ClockRow> find(String ticketId) {
        return Optional.ofNullable(entityManager.find(ClockRow.class, ticketId));
    }

    /** Applies one clock's timer plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TimerPlan plan) {
        if (plan.planned()) {
            schedule(plan.ticketId(), plan.stage(), plan.dueAt());
        } else {
            unschedule(plan.ticketId());
        }
    }

    /**
     * Applies a poll's timer plans in two JDBC batches. Plain JDBC on purpose: a Hibernate native
     * query flushes the whole persistence context first, which for a batch of N locked clocks
     * would dirty-check N rows N times.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<TimerPlan> plans) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into sla_timer (ticket_id, stage, due_at) values (?, ?, ?)
                    on conflict (ticket_id) do update set stage = excluded.stage, due_at = excluded.due_at""");
                 PreparedStatement delete = connection.prepareStatement("delete from sla_timer where ticket_id = ?")) {
                for (TimerPlan plan : plans) {
                    if (plan.planned()) {
                        upsert.setString(1, plan.ticketId());
                        upsert.setInt(2, plan.stage());
                        upsert.setTimestamp(3, Timestamp.from(plan.dueAt()));
                        upsert.addBatch();
                    } else {
                        delete.setString(1, plan.ticketId());
                        delete.addBatch();
                    }
                }
                upsert.executeBatch();
                delete.executeBatch();
            }
        });
    }

    /** Plans the clock's next stage, replacing any earlier plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String ticketId, int stage, Instant dueAt) {
        entityManager.createNativeQuery("""
                        insert into sla_timer (ticket_id, stage, due_at) values (:id, :stage, :due)
                        on conflict (ticket_id) do update set stage = excluded.stage, due_at = excluded.due_at""")
                .setParameter("id", ticketId)
                .setParameter("stage", stage)
                .setParameter("due", Timestamp.from(dueAt))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unschedule(String ticketId) {
        entityManager.createNativeQuery("delete from sla_timer where ticket_id = :id")
                .setParameter("id", ticketId)
                .executeUpdate();
    }

    /**
     * Locks up to {@code limit} clocks whose next stage is due at {@code now}, skipping any that
     * another poller or a consumer holds: they are taken at the next poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<ClockRow> lockDue(Instant now, int limit) {
        List<String> ids = entityManager.createNativeQuery("""
                        select t.ticket_id from sla_timer t join sla_clock c on c.ticket_id = t.ticket_id
                        where t.due_at <= :now order by t.due_at limit :limit
                        for update of t, c skip locked""")
                .setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // Already locked by the statement above; one query loads them all.
        return entityManager.createQuery("from ClockRow where ticketId in :ids", ClockRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** When the clock's next stage is planned; empty when none is. */
    @SuppressWarnings("unchecked")
    public Optional<Instant> nextDue(String ticketId) {
        List<Object> due = entityManager.createNativeQuery("select due_at from sla_timer where ticket_id = :id")
                .setParameter("id", ticketId)
                .getResultList();
        return due.stream().findFirst().map(ClockStore::instant);
    }

    /** A timestamp from a native query, whatever type the driver chose. */
    /** Running or paused clocks under these policies whose deadline falls after {@code from} and opening before {@code to}. */
    public List<String> openWithDeadlineAcross(List<String> policyKeys, Instant from, Instant to) {
        if (policyKeys.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select c.ticketId from ClockRow c where c.state in :open"
                        + " and c.policyKey in :keys and c.baseDeadline >= :from and c.openedAt < :to", String.class)
                .setParameter("open", List.of(ClockState.RUNNING.name(), ClockState.PAUSED.name()))
                .setParameter("keys", policyKeys).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    public static List<ClockMark> marks(ClockRow row) {
        try {
            return JSON.readValue(row.marks, MARKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored marks of " + row.ticketId + " are not readable", e);
        }
    }

    public static void addMark(ClockRow row, Instant at, ClockMark.Type type) {
        List<ClockMark> marks = new ArrayList<>(marks(row));
        marks.add(new ClockMark(at, type, ++row.markSeq));
        try {
            row.marks = JSON.writeValueAsString(marks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TicketClassification classification(ClockRow row) {
        try {
            return row.classification == null ? null : JSON.readValue(row.classification, TicketClassification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored classification of " + row.ticketId + " is not readable", e);
        }
    }

    public static void classify(ClockRow row, TicketClassification classification, Instant at) {
        try {
            row.classification = JSON.writeValueAsString(classification);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        row.classifiedAt = at;
        row.customerTier = classification.customerTier().name();
        row.serviceType = classification.serviceType().name();
        row.areaCode = classification.areaCode();
    }
}
