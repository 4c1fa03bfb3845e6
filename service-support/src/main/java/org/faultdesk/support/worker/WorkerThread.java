package org.faultdesk.support.worker;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One background thread that runs a pass again and again: at once while the pass says more work
 * is waiting, when woken (typically right after a commit that created work), and otherwise every
 * poll interval. A failing pass is logged and retried after a backoff that doubles up to a limit,
 * so a database or broker outage neither stops the worker nor floods the log.
 *
 * <p>Services do not create one themselves: {@link BackgroundWorkers} starts, configures,
 * measures and stops them.
 */
public final class WorkerThread {

    /** One unit of work; returns true when more is waiting, so the next pass starts at once. */
    @FunctionalInterface
    public interface Pass {
        boolean run() throws Exception;
    }

    private final String name;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Pass pass;
    private final Logger log;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public WorkerThread(String name, Duration pollInterval, Duration maxBackoff, Pass pass) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff.compareTo(pollInterval) < 0 ? pollInterval : maxBackoff;
        this.pass = pass;
        this.log = Logger.getLogger(WorkerThread.class.getName() + "." + name);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the worker to stop after its current pass (a sender: after the attempt in hand), without waiting. */
    public void requestStop() {
        running = false;
        wake();
    }

    /**
     * Waits until the worker has stopped or the {@link System#nanoTime()} {@code deadline} has
     * passed; returns whether it stopped. A worker still busy then is left to the process's end:
     * what it had claimed is claimed again by the next instance once its lease runs out.
     */
    public boolean awaitStop(long deadline) {
        Thread current = thread;
        if (current == null) {
            return true;
        }
        try {
            for (long left = deadline - System.nanoTime(); left > 0 && current.isAlive(); left = deadline - System.nanoTime()) {
                current.join(TimeUnit.NANOSECONDS.toMillis(left) + 1); // rounded up: never back before the deadline
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !current.isAlive();
    }

    public String name() {
        return name;
    }

    public boolean isRunning() {
        return running;
    }

    /** Runs a pass now rather than at the next poll. */
    public void wake() {
        wakeups.release();
    }

    private void loop() {
        Duration backoff = pollInterval;
        boolean failing = false;
        while (running) {
            try {
                boolean moreWaiting = pass.run();
                backoff = pollInterval;
                failing = false;
                if (moreWaiting) {
                    continue;
                }
                awaitWork(pollInterval);
            } catch (Exception e) {
                // The stack trace once per run of failures: an outage must not flood the log.
                if (failing) {
                    log.warnf("%s still failing, retrying in %d ms: %s", name, backoff.toMillis(), e.getMessage());
                } else {
                    log.warnf(e, "%s failed, retrying in %d ms", name, backoff.toMillis());
                }
                failing = true;
                awaitWork(backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
            }
        }
    }

    private void awaitWork(Duration atMost) {
        try {
            if (wakeups.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
