package org.faultdesk.sla.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;

/**
 * Runs the {@link TimerPoller} as the background worker {@code sla-timers}: a short interval
 * (100 ms by default) with no wait at all while batches come back full, so a stage leaves well
 * within a second of its due time however many clocks are open.
 */
@ApplicationScoped
public class SlaTimersWorker {

    private static final WorkerSpec WORKER = WorkerSpec.of("sla-timers", Duration.ofMillis(100), Duration.ofSeconds(5));

    @Inject
    TimerPoller poller;

    @Inject
    BackgroundWorkers workers;

    @Inject
    MeterRegistry registry;

    void start(@Observes StartupEvent startup) {
        Timer polls = Timer.builder("faultdesk.sla.poller.poll").description("one poll of the due timers").register(registry);
        workers.start(WORKER, () -> {
            long start = System.nanoTime();
            int taken = poller.pollOnce();
            polls.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return taken == poller.batchSize(); // a full batch: more is due
        });
    }
}
