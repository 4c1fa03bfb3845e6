package org.faultdesk.dispatch;

import jakarta.inject.Singleton;
import org.faultdesk.platform.test.MovableTestClock;

/** The clock of every Quarkus test here; accept time-outs and the 10-minute rule are tested by moving it. */
@Singleton
public class TestClock extends MovableTestClock {
}
