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

    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("SLA timer poller disabled (faultdesk.sla.poller.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "sla-timer-poller");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Timer polls = Timer.builder("faultdesk.sla.poller.poll").description("one poll of the due timers").register(registry);
        Counter failures = registry.counter("faultdesk.sla.poller.failures");
        Duration pause = interval;
        while (running) {
            try {
                long start = System.nanoTime();
                int taken = poller.pollOnce();
                polls.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                pause = interval;
                if (taken == poller.batchSize()) {
                    continue;
                }
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("SLA timer poll failed (retrying in %d ms): %s", pause.toMillis(), e.getMessage());
                pause = pause.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause.multipliedBy(2);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
