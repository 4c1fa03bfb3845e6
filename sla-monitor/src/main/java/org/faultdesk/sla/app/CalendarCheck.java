package org.faultdesk.sla.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.jboss.logging.Logger;

/**
 * A year without a public-holiday schedule is loud rather than silently counted with weekends
 * only: a warning at start, the gauge {@code faultdesk.sla.calendar.scheduled} (1 or 0, for this
 * year and next) to alert on, and the readiness check's details. The service stays ready: a
 * missing schedule makes some deadlines too early, not the service unable to serve.
 */
@Readiness
@ApplicationScoped
public class CalendarCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(CalendarCheck.class);

    @Inject
    SlaRules rules;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent start) {
        Gauge.builder("faultdesk.sla.calendar.scheduled", () -> lastRead(0) ? 1 : 0).tag("year", "this")
                .description("1 when the year has a public-holiday schedule in force").register(registry);
        Gauge.builder("faultdesk.sla.calendar.scheduled", () -> lastRead(1) ? 1 : 0).tag("year", "next")
                .description("1 when the year has a public-holiday schedule in force").register(registry);
        List<Integer> missing = missing(rules.calendar());
        if (!missing.isEmpty()) {
            LOG.warnf("no public-holiday schedule for %s: working-day deadlines in it count weekends only, every"
                    + " holiday as a working day; load the official one (PUT /sla/calendar/{year}, role admin)", missing);
        }
    }

    @Override
    public HealthCheckResponse call() {
        BusinessCalendar calendar = inForce();
        return HealthCheckResponse.named("sla-calendar").up()
                .withData("years", calendar.years().keySet().toString())
                .withData("yearsWithoutSchedule", missing(calendar).toString())
                .build();
    }

    /** The calendar in force; during a database outage (its own check says so), the one last read. */
    private BusinessCalendar inForce() {
        try {
            return rules.calendar();
        } catch (RuntimeException e) {
            return rules.lastReadCalendar();
        }
    }

    /** This year and next, when either has no schedule. */
    private List<Integer> missing(BusinessCalendar calendar) {
        int year = clock.instant().atZone(calendar.zone()).getYear();
        return List.of(year, year + 1).stream().filter(y -> !calendar.years().containsKey(y)).toList();
    }

    /** For the gauges: from the calendar as last read, since a scrape must not wait on the database. */
    private boolean lastRead(int yearsFromNow) {
        BusinessCalendar calendar = rules.lastReadCalendar();
        return calendar.years().containsKey(clock.instant().atZone(calendar.zone()).getYear() + yearsFromNow);
    }
}
