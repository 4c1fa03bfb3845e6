package org.faultdesk.sla.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.faultdesk.sla.config.SlaRules;
import org.faultdesk.support.problem.ProblemException;

/** Compliance with restore deadlines over a period, grouped by tier, service type and area. */
@Path("/sla/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    private static final int MAX_DAYS = 366;

    @Inject
    EntityManager entityManager;

    @Inject
    SlaRules rules;

    @GET
    @SuppressWarnings("unchecked")
    public ComplianceReport report(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        if (!to.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ProblemException(400, "invalid-period", "Invalid period",
                    "'to' must be after 'from' and at most " + MAX_DAYS + " days later; got from=" + from + ", to=" + to);
        }
        ZoneId zone = rules.calendar().zone();
        String select = """
                select %s count(*), coalesce(sum(case when outcome = 'MET' then 1 else 0 end), 0),
                       avg(time_to_restore_ms), percentile_cont(0.9) within group (order by time_to_restore_ms),
                       coalesce(sum(case when outcome = 'BREACHED' then 1 else 0 end), 0)
                from sla_clock where state = 'STOPPED' and stopped_at >= :from and stopped_at < :to %s""";
        List<Object[]> grouped = query(select.formatted("customer_tier, service_type, area_code,",
                "group by customer_tier, service_type, area_code order by customer_tier, service_type, area_code"), from, to, zone);
        Object[] total = query(select.formatted("null, null, null,", ""), from, to, zone).get(0);
        return new ComplianceReport(from, to, zone.getId(), group(total), grouped.stream().map(ComplianceResource::group).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, LocalDate from, LocalDate to, ZoneId zone) {
        return entityManager.createNativeQuery(sql)
                .setParameter("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .setParameter("to", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .getResultList();
    }

    private static ComplianceReport.Group group(Object[] r) {
        long tickets = ((Number) r[3]).longValue();
        long met = ((Number) r[4]).longValue();
        return new ComplianceReport.Group((String) r[0], (String) r[1], (String) r[2], tickets,
                tickets == 0 ? 0 : (double) met / tickets, millis(r[5]), millis(r[6]), ((Number) r[7]).longValue());
    }

    private static Duration millis(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue()));
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(400, "missing-parameter", "Missing query parameter",
                    "query parameter '" + name + "' is required (a date such as 2026-11-01)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "invalid-parameter", "Invalid query parameter",
                    "query parameter '" + name + "' must be a date such as 2026-11-01, got '" + text + "'");
        }
    }
}
