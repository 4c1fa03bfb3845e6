package org.faultdesk.notification;

import jakarta.inject.Singleton;
import org.faultdesk.platform.test.MovableTestClock;

/** The clock of every Quarkus test here: repetitions and backoffs fall due by moving it. */
@Singleton
public class TestClock extends MovableTestClock {
}
