package org.faultdesk.support.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stop lets the pass in hand finish, and is bounded: a pass stuck past the deadline is left behind. */
class WorkerThreadStopTest {

    private final CountDownLatch passStarted = new CountDownLatch(1);
    private final CountDownLatch releasePass = new CountDownLatch(1);
    private final AtomicInteger finishedPasses = new AtomicInteger();
    private final WorkerThread worker = new WorkerThread("stop-test", Duration.ofHours(1), Duration.ofHours(1), () -> {
        passStarted.countDown();
        releasePass.await(); // the attempt in hand: a gateway that has not answered yet
        finishedPasses.incrementAndGet();
        return false;
    });

    @AfterEach
    void release() {
        releasePass.countDown();
    }

    @Test
    void aStopWaitsForThePassInHandAndRunsNoOther() throws Exception {
        worker.start();
        assertThat(passStarted.await(10, TimeUnit.SECONDS)).isTrue();

        worker.requestStop();
        releasePass.countDown();

        assertThat(worker.awaitStop(System.nanoTime() + Duration.ofSeconds(10).toNanos())).isTrue();
        assertThat(finishedPasses).hasValue(1);
        assertThat(worker.isRunning()).isFalse();
    }

    @Test
    void aPassStuckPastTheDeadlineIsLeftBehindAndTheStopReturnsAtTheDeadline() throws Exception {
        worker.start();
        assertThat(passStarted.await(10, TimeUnit.SECONDS)).isTrue();

        worker.requestStop();
        long deadline = System.nanoTime() + Duration.ofMillis(300).toNanos();

        assertThat(worker.awaitStop(deadline)).isFalse();
        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(deadline);
        assertThat(finishedPasses).hasValue(0);

        releasePass.countDown();
        assertThat(worker.awaitStop(System.nanoTime() + Duration.ofSeconds(10).toNanos())).isTrue();
        assertThat(finishedPasses).hasValue(1);
    }
}
