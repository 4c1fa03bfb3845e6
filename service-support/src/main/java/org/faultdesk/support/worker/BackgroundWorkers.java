package org.faultdesk.support.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Starts and stops every background worker of a service the same way: the outbox relay, the SLA
 * timers, the dispatcher, the delivery workers. Each runs on its own {@link WorkerThread}; its
 * settings come from {@code faultdesk.worker.<name>.*} over the defaults of its {@link WorkerSpec};
 * its passes and failures are counted ({@code faultdesk.worker.passes} and
 * {@code faultdesk.worker.failures}, tagged {@code worker}); all stop when the service stops.
 *
 * <p>We keep our own thread rather than the Quarkus scheduler because a worker is woken by the
 * commit that created its work: an escalation leaves milliseconds after it falls due or an event is
 * relayed milliseconds after its commit, where a scheduler would wait for its next tick
 * (docs/adr/0002).
 */
@ApplicationScoped
public class BackgroundWorkers {

    private static final Logger LOG = Logger.getLogger(BackgroundWorkers.class);

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Config config;

    private final List<WorkerThread> threads = new CopyOnWriteArrayList<>();

    /**
     * Starts the worker, unless {@code faultdesk.worker.<name>.enabled} is false: then the handle
     * it returns does nothing when woken (tests drive such a worker's passes themselves).
     */
    public BackgroundWorker start(WorkerSpec spec, WorkerThread.Pass pass) {
        if (spec.backlogMeter() != null) {
            Gauge.builder(spec.backlogMeter(), spec.backlog()::getAsDouble)
                    .description("work waiting for the " + spec.name() + " worker")
                    .register(registry);
        }
        boolean enabled = setting(spec, "enabled", Boolean.class).orElse(true);
        if (!enabled) {
            LOG.infof("worker %s disabled (%s=false)", spec.name(), spec.key("enabled"));
            return new Handle(spec.name(), null);
        }
        Duration interval = setting(spec, "poll-interval", Duration.class).orElse(spec.pollInterval());
        Duration maxBackoff = setting(spec, "max-backoff", Duration.class).orElse(spec.maxBackoff());
        Counter passes = registry.counter("faultdesk.worker.passes", "worker", spec.name());
        Counter failures = registry.counter("faultdesk.worker.failures", "worker", spec.name());
        WorkerThread thread = new WorkerThread(spec.name(), interval, maxBackoff, () -> {
            passes.increment();
            try {
                return pass.run();
            } catch (Exception e) {
                failures.increment();
                throw e;
            }
        });
        threads.add(thread);
        thread.start();
        return new Handle(spec.name(), thread);
    }

    /** The worker's own setting, else its family's. */
    private <T> Optional<T> setting(WorkerSpec spec, String setting, Class<T> type) {
        Optional<T> own = config.getOptionalValue(spec.key(setting), type);
        return own.isPresent() || spec.group() == null ? own : config.getOptionalValue(spec.groupKey(setting), type);
    }

    /**
     * Asks every worker to stop at once, then waits for them together, at most
     * {@code faultdesk.worker.stop-timeout} in all: a stop is bounded however many senders are in
     * the middle of an attempt. A worker still busy then (a gateway at its timeout) is left to the
     * process's end; its claim is due again when its lease runs out, under the same message id.
     */
    void stopAll(@Observes ShutdownEvent shutdown) {
        Duration bound = config.getOptionalValue("faultdesk.worker.stop-timeout", Duration.class).orElse(Duration.ofSeconds(10));
        long deadline = System.nanoTime() + bound.toNanos();
        threads.forEach(WorkerThread::requestStop);
        for (WorkerThread thread : threads) {
            if (!thread.awaitStop(deadline)) {
                LOG.warnf("worker %s still busy %s after the stop began; left to end with the process", thread.name(), bound);
            }
        }
        threads.clear();
    }

    private final class Handle implements BackgroundWorker {

        private final String name;
        private final WorkerThread thread;

        private Handle(String name, WorkerThread thread) {
            this.name = name;
            this.thread = thread;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isRunning() {
            return thread != null && thread.isRunning();
        }

        @Override
        public void wake() {
            if (thread != null) {
                thread.wake();
            }
        }

        @Override
        public void wakeAfterCommit() {
            if (thread == null) {
                return;
            }
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        thread.wake();
                    }
                }
            });
        }
    }
}
