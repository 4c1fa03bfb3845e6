package org.faultdesk.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Figures over the clocks of one kind (restore, or a response milestone) stopped in a period: the
 * seeds' monthly fault statistics (故障统计月报表).
 */
@ApplicationScoped
public class ComplianceStore {

    /**
     * One group's figures; tier, service type and area are null for the total.
     *
     * @param meanTimeToRestoreMs null when the group is empty
     * @param p90TimeToRestoreMs  null when the group is empty
     */
    public record Figures(String customerTier, String serviceType, String areaCode, long tickets, long met,
                          Double meanTimeToRestoreMs, Double p90TimeToRestoreMs, long breaches) {
    }

    private static final String SELECT = """
            select %s count(*), coalesce(sum(case when outcome = 'MET' then 1 else 0 end), 0),
                   avg(time_to_restore_ms), percentile_cont(0.9) within group (order by time_to_restore_ms),
                   coalesce(sum(case when outcome = 'BREACHED' then 1 else 0 end), 0)
            from sla_clock where clock = :clock and state = 'STOPPED' and stopped_at >= :from and stopped_at < :to %s""";

    @Inject
    EntityManager entityManager;

    /** Per customer tier, service type and area, in that order. */
    public List<Figures> grouped(String clock, Instant from, Instant to) {
        return query(SELECT.formatted("customer_tier, service_type, area_code,",
                "group by customer_tier, service_type, area_code order by customer_tier, service_type, area_code"),
                clock, from, to);
    }

    public Figures total(String clock, Instant from, Instant to) {
        return query(SELECT.formatted("null, null, null,", ""), clock, from, to).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Figures> query(String sql, String clock, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("clock", clock)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .getResultList();
        return rows.stream().map(r -> new Figures((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), asDouble(r[5]), asDouble(r[6]),
                ((Number) r[7]).longValue())).toList();
    }

    private static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
