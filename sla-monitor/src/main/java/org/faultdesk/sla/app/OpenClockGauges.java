package org.faultdesk.sla.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faultdesk.sla.domain.ClockState;
import org.faultdesk.sla.persistence.ClockStore;

/**
 * The gauge {@code faultdesk.sla.clocks.open}: how many clocks are open now, by clock ({@code restore}
 * or {@code response}), state ({@code running}, {@code paused}) and deadline ({@code in-time},
 * {@code overdue}: passed and not yet restored). A rising overdue count is the backlog a supervisor
 * is about to be asked about; a rising paused count, tickets waiting on customers. One query per
 * scrape serves all the series (a snapshot kept for a second); unknown (NaN) while the database is away.
 */
@ApplicationScoped
public class OpenClockGauges {

    private static final long SNAPSHOT_LIFE_NANOS = Duration.ofSeconds(1).toNanos();

    @Inject
    MeterRegistry registry;

    @Inject
    ClockStore clocks;

    @Inject
    Clock clock;

    private volatile Snapshot last;

    void register(@Observes StartupEvent startup) {
        for (String kind : List.of("restore", "response")) {
            for (ClockState state : List.of(ClockState.RUNNING, ClockState.PAUSED)) {
                for (String deadline : List.of("in-time", "overdue")) {
                    String key = kind + "/" + state.name() + "/" + deadline;
                    Gauge.builder("faultdesk.sla.clocks.open", () -> count(key))
                            .description("clocks running or paused now, by clock, state and whether the deadline has passed")
                            .tag("clock", kind).tag("state", state.name().toLowerCase(Locale.ROOT)).tag("deadline", deadline)
                            .register(registry);
                }
            }
        }
    }

    private double count(String key) {
        Snapshot snapshot = last;
        long nanos = System.nanoTime(); // the snapshot's age in real time, whatever the business clock says
        if (snapshot == null || nanos - snapshot.takenAtNanos() > SNAPSHOT_LIFE_NANOS) {
            Instant now = clock.instant();
            try {
                snapshot = new Snapshot(nanos, QuarkusTransaction.requiringNew().call(() -> clocks.openCensus(now)));
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            last = snapshot;
        }
        return snapshot.census().getOrDefault(key, 0L);
    }

    private record Snapshot(long takenAtNanos, Map<String, Long> census) {
    }
}
