package org.faultdesk.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service's clock in tests, moved by the tests instead of waiting: time-outs, retries,
 * repetitions and escalation stages fall due at once. Only forward, so a test never undoes what
 * another relied on. A service's test sources declare it as their {@code Clock} bean with a
 * one-line subclass {@code TestClock} annotated {@code @Singleton}.
 *
 * <p>By default it runs with the wall clock plus what the tests moved it by. A frozen clock
 * ({@code super(true)}) stands still between moves, for tests that compare exact instants.
 */
public class MovableTestClock extends Clock {

    private final Instant frozenAt;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MovableTestClock() {
        this(false);
    }

    protected MovableTestClock(boolean frozen) {
        this.frozenAt = frozen ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : null;
    }

    /** Moves the clock forward; returns the new time. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    @Override
    public Instant instant() {
        return (frozenAt != null ? frozenAt : Instant.now()).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("services work in UTC instants");
    }
}
