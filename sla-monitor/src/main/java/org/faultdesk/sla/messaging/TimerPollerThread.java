package org.faultdesk.sla.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.support.worker.WorkerThread;
import org.jboss.logging.Logger;

/**
 * Runs the {@link TimerPoller} on a worker thread of its own: a short fixed interval (100 ms by
 * default) with no wait at all while batches come back full, so a stage leaves well within a
 * second of its due time however many clocks are open.
 */
@ApplicationScoped
public class TimerPollerThread {

    private static final Logger LOG = Logger.getLogger(TimerPollerThread.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    TimerPoller poller;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "faultdesk.sla.poller.interval", defaultValue = "PT0.1S")
    Duration interval;

    @ConfigProperty(name = "faultdesk.sla.poller.enabled", defaultValue = "true")
    boolean enabled;

    private WorkerThread worker;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("SLA timer poller disabled (faultdesk.sla.poller.enabled=false)");
            return;
        }
        Timer polls = Timer.builder("faultdesk.sla.poller.poll").description("one poll of the due timers").register(registry);
        Counter failures = registry.counter("faultdesk.sla.poller.failures");
        worker = new WorkerThread("sla-timer-poller", interval, MAX_BACKOFF, () -> {
            long start = System.nanoTime();
            try {
                int taken = poller.pollOnce();
                polls.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return taken == poller.batchSize(); // a full batch: more is due
            } catch (RuntimeException e) {
                failures.increment();
                throw e;
            }
        });
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (worker != null) {
            worker.stop();
        }
    }
}
