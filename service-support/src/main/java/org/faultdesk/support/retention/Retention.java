package org.faultdesk.support.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;
import org.jboss.logging.Logger;

/**
 * The background worker {@code retention}: deletes idempotency records ({@code processed_event})
 * and each service's finished log rows ({@link RetentionRules}) older than
 * {@code faultdesk.retention.horizon}, in small batches so it never holds long locks.
 *
 * <p>The horizon must be longer than Kafka's retention ({@code faultdesk.retention.kafka-retention}):
 * an event id forgotten while its record can still be redelivered would be applied twice. The
 * service refuses to start otherwise.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final WorkerSpec WORKER = WorkerSpec.of("retention", Duration.ofHours(1), Duration.ofMinutes(10));
    private static final Prunable IDEMPOTENCY = Prunable.olderThan("processed_event", "processed_at");
    /** Rows per delete: a short transaction, however much is due. */
    static final int BATCH = 5000;

    @ConfigProperty(name = "faultdesk.retention.horizon", defaultValue = "P30D")
    Duration horizon;

    @ConfigProperty(name = "faultdesk.retention.kafka-retention", defaultValue = "P7D")
    Duration kafkaRetention;

    @Inject
    Instance<RetentionRules> rules;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    BackgroundWorkers workers;

    @Inject
    Clock clock;

    void start(@Observes StartupEvent startup) {
        if (horizon.compareTo(kafkaRetention) <= 0) {
            throw new IllegalStateException("faultdesk.retention.horizon (" + horizon + ") must be longer than Kafka's"
                    + " retention, faultdesk.retention.kafka-retention (" + kafkaRetention + "): an event forgotten"
                    + " while Kafka can still redeliver it would be applied twice");
        }
        workers.start(WORKER, () -> {
            pruneNow();
            return false;
        });
    }

    /** Prunes everything older than the horizon now; returns how many rows went from each table. */
    public Map<String, Integer> pruneNow() {
        Instant cutoff = clock.instant().minus(horizon);
        List<Prunable> all = new ArrayList<>();
        all.add(IDEMPOTENCY);
        rules.forEach(r -> all.addAll(r.prunable()));
        Map<String, Integer> pruned = new LinkedHashMap<>();
        for (Prunable prunable : all) {
            int total = 0;
            int deleted;
            do {
                deleted = QuarkusTransaction.requiringNew().call(() -> deleteBatch(prunable, cutoff));
                total += deleted;
            } while (deleted == BATCH);
            pruned.put(prunable.table(), total);
            if (total > 0) {
                registry.counter("faultdesk.retention.pruned", "table", prunable.table()).increment(total);
                LOG.infof("retention: %d row(s) of %s older than %s pruned", total, prunable.table(), cutoff);
            }
        }
        return pruned;
    }

    private int deleteBatch(Prunable prunable, Instant cutoff) {
        String condition = prunable.condition() == null ? "" : " and (" + prunable.condition() + ")";
        return entityManager.createNativeQuery("delete from " + prunable.table() + " where ctid in (select ctid from "
                        + prunable.table() + " where " + prunable.timeColumn() + " < :cutoff" + condition
                        + " limit " + BATCH + ")")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
