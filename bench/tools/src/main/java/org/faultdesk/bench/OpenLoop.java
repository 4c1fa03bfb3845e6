package org.faultdesk.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: call number {@code i} is due at {@code start + i / rate}, whatever the earlier
 * calls' fate, so a stalled service cannot slow the load down and hide its queue (no coordinated
 * omission). Callers measure latency from the due time they are given.
 */
final class OpenLoop {

    /** One call: its number and the {@link System#nanoTime()} it was due at. */
    @FunctionalInterface
    interface Call {
        void run(long index, long dueNanos);
    }

    private OpenLoop() {
    }

    /** The due time of call {@code index} at {@code perSecond} calls a second from {@code startNanos}. */
    static long dueNanos(long startNanos, long index, int perSecond) {
        return startNanos + index * (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    /** Makes {@code total} calls at {@code perSecond} on {@code workers} threads; returns the seconds it took. */
    static double run(long total, int perSecond, int workers, Call call) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = dueNanos(start, i, perSecond);
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    call.run(i, due);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(total / perSecond + 300L, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1e9;
    }
}
