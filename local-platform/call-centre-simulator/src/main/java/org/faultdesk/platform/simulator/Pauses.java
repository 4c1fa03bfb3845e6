package org.faultdesk.platform.simulator;

import java.time.Duration;
import java.util.Random;

/** How long people take: evenly between two numbers of seconds, to the millisecond. */
final class Pauses {

    private Pauses() {
    }

    static Duration between(int minSeconds, int maxSeconds, Random random) {
        return Duration.ofMillis(1000L * minSeconds + (long) (random.nextDouble() * 1000L * (maxSeconds - minSeconds)));
    }
}
