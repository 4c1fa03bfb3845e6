package org.faultdesk.sla.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;
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

    @Inject
    BackgroundWorkers workers;

    void onStart(@Observes StartupEvent start) {
        rules.refreshCalendar();
        // Schedules an administrator loaded on another instance: in force here within a minute.
        workers.start(WorkerSpec.of("sla-calendar", SlaRules.CALENDAR_REFRESH, Duration.ofMinutes(5)), () -> {
            rules.refreshCalendar();
            return false;
        });
        Gauge.builder("faultdesk.sla.calendar.scheduled", () -> scheduled(0) ? 1 : 0).tag("year", "this")
                .description("1 when the year has a public-holiday schedule in force").register(registry);
        Gauge.builder("faultdesk.sla.calendar.scheduled", () -> scheduled(1) ? 1 : 0).tag("year", "next")
                .description("1 when the year has a public-holiday schedule in force").register(registry);
        List<Integer> missing = missing();
        if (!missing.isEmpty()) {
            LOG.warnf("no public-holiday schedule for %s: working-day deadlines in it count weekends only, every"
                    + " holiday as a working day; load the official one (PUT /sla/calendar/{year}, role admin)", missing);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sla-calendar").up()
                .withData("years", rules.calendar().years().keySet().toString())
                .withData("yearsWithoutSchedule", missing().toString())
                .build();
    }

    /** This year and next, when either has no schedule. */
    private List<Integer> missing() {
        return List.of(0, 1).stream().filter(yearsFromNow -> !scheduled(yearsFromNow))
                .map(yearsFromNow -> thisYear() + yearsFromNow).toList();
    }

    private boolean scheduled(int yearsFromNow) {
        return rules.calendar().years().containsKey(thisYear() + yearsFromNow);
    }

    private int thisYear() {
        return clock.instant().atZone(rules.calendar().zone()).getYear();
    }
}
