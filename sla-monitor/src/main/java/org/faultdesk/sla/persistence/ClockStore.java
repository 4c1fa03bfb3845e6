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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.sla.domain.ClockMark;
import org.faultdesk.sla.domain.ClockState;
import org.hibernate.Session;

/** Reads and locks clock rows (a ticket's restore and response clocks) and keeps each running clock's next-stage timer row. */
@ApplicationScoped
public class ClockStore {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final TypeReference<List<ClockMark>> MARKS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Instant>> MILESTONES = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    /** One of the ticket's clock rows, created empty if new, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClockRow lockOrCreate(String ticketId, String clock) {
        entityManager.createNativeQuery("insert into sla_clock (ticket_id, clock) values (:id, :clock) on conflict do nothing")
                .setParameter("id", ticketId)
                .setParameter("clock", clock)
                .executeUpdate();
        return entityManager.find(ClockRow.class, new ClockRow.Key(ticketId, clock), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ticket's response clocks, locked until the transaction ends (the caller holds its restore row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClockRow> lockResponseClocks(String ticketId) {
        return responseClocks(ticketId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ticket's restore clock row. */
    public Optional<ClockRow> find(String ticketId) {
        return find(ticketId, SlaClocks.RESTORE);
    }

    public Optional<ClockRow> find(String ticketId, String clock) {
        return Optional.ofNullable(entityManager.find(ClockRow.class, new ClockRow.Key(ticketId, clock)));
    }

    /** The ticket's response clocks, by milestone name. */
    public List<ClockRow> responseClocks(String ticketId) {
        return responseClocks(ticketId, LockModeType.NONE);
    }

    private List<ClockRow> responseClocks(String ticketId, LockModeType lock) {
        return entityManager.createQuery("from ClockRow where ticketId = :id and clock <> :restore order by clock",
                        ClockRow.class)
                .setParameter("id", ticketId)
                .setParameter("restore", SlaClocks.RESTORE)
                .setLockMode(lock)
                .getResultList();
    }

    /** Applies one clock's timer plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TimerPlan plan) {
        applyAll(List.of(plan));
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
                    insert into sla_timer (ticket_id, clock, stage, due_at) values (?, ?, ?, ?)
                    on conflict (ticket_id, clock) do update set stage = excluded.stage, due_at = excluded.due_at""");
                 PreparedStatement delete = connection.prepareStatement(
                         "delete from sla_timer where ticket_id = ? and clock = ?")) {
                for (TimerPlan plan : plans) {
                    if (plan.planned()) {
                        upsert.setString(1, plan.ticketId());
                        upsert.setString(2, plan.clock());
                        upsert.setInt(3, plan.stage());
                        upsert.setTimestamp(4, Timestamp.from(plan.dueAt()));
                        upsert.addBatch();
                    } else {
                        delete.setString(1, plan.ticketId());
                        delete.setString(2, plan.clock());
                        delete.addBatch();
                    }
                }
                upsert.executeBatch();
                delete.executeBatch();
            }
        });
    }

    /**
     * Locks up to {@code limit} clocks whose next stage is due at {@code now}, skipping any that
     * another poller or a consumer holds: they are taken at the next poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<ClockRow> lockDue(Instant now, int limit) {
        List<Object[]> due = entityManager.createNativeQuery("""
                        select t.ticket_id, t.clock from sla_timer t
                        join sla_clock c on c.ticket_id = t.ticket_id and c.clock = t.clock
                        where t.due_at <= :now order by t.due_at limit :limit
                        for update of t, c skip locked""")
                .setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        // The due ones are locked by the statement above; one query loads them (with the tickets' other
        // clocks, which are left untouched).
        Set<ClockRow.Key> keys = due.stream().map(r -> new ClockRow.Key((String) r[0], (String) r[1]))
                .collect(Collectors.toSet());
        return entityManager.createQuery("from ClockRow where ticketId in :ids", ClockRow.class)
                .setParameter("ids", keys.stream().map(key -> key.ticketId).distinct().toList())
                .getResultList().stream()
                .filter(row -> keys.contains(new ClockRow.Key(row.ticketId, row.clock)))
                .toList();
    }

    /** When the clock's next stage is planned; empty when none is. */
    @SuppressWarnings("unchecked")
    public Optional<Instant> nextDue(String ticketId, String clock) {
        List<Object> due = entityManager.createNativeQuery(
                        "select due_at from sla_timer where ticket_id = :id and clock = :clock")
                .setParameter("id", ticketId)
                .setParameter("clock", clock)
                .getResultList();
        return due.stream().findFirst().map(ClockStore::instant);
    }

    /** The tickets with a running or paused clock under these policies whose deadline falls after {@code from} and opening before {@code to}. */
    public List<String> openWithDeadlineAcross(List<String> policyKeys, Instant from, Instant to) {
        if (policyKeys.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct c.ticketId from ClockRow c where c.state in :open"
                        + " and c.policyKey in :keys and c.baseDeadline >= :from and c.openedAt < :to", String.class)
                .setParameter("open", List.of(ClockState.RUNNING.name(), ClockState.PAUSED.name()))
                .setParameter("keys", policyKeys).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /**
     * The open clocks (running or paused) now, counted by kind ({@code restore} or {@code response}),
     * state and whether their deadline has passed: keys like {@code restore/RUNNING/overdue}.
     */
    public Map<String, Long> openCensus(Instant now) {
        List<?> rows = entityManager.createNativeQuery("""
                        select case when clock = :restore then 'restore' else 'response' end,
                               state, coalesce(restore_deadline < :now, false), count(*)
                        from sla_clock where state in ('RUNNING', 'PAUSED') group by 1, 2, 3""")
                .setParameter("restore", SlaClocks.RESTORE)
                .setParameter("now", now)
                .getResultList();
        Map<String, Long> census = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            census.put(columns[0] + "/" + columns[1] + "/" + (Boolean.TRUE.equals(columns[2]) ? "overdue" : "in-time"),
                    ((Number) columns[3]).longValue());
        }
        return census;
    }

    /** A timestamp from a native query, whatever type the driver chose. */
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
        writeMarks(row, marks);
    }

    /** Replaces the row's marks (a response clock's, derived from its ticket's). */
    public static void writeMarks(ClockRow row, List<ClockMark> marks) {
        try {
            row.marks = JSON.writeValueAsString(marks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When each milestone (or "*", every one) was first proved, from the restore row. */
    public static Map<String, Instant> milestones(ClockRow row) {
        try {
            return row.milestones == null ? Map.of() : JSON.readValue(row.milestones, MILESTONES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored milestones of " + row.ticketId + " are not readable", e);
        }
    }

    /** Records that an event at {@code at} proved these milestones, keeping the earliest proof of each. */
    public static void proveMilestones(ClockRow row, List<String> proved, Instant at) {
        Map<String, Instant> milestones = new TreeMap<>(milestones(row));
        proved.forEach(name -> milestones.merge(name, at, (earlier, later) -> earlier.isBefore(later) ? earlier : later));
        try {
            row.milestones = JSON.writeValueAsString(milestones);
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
