package org.faultdesk.sla;

import jakarta.inject.Singleton;
import org.faultdesk.platform.test.MovableTestClock;

/** The service's clock in tests: frozen between moves, since the tests compare exact due times. */
@Singleton
public class TestClock extends MovableTestClock {

    public TestClock() {
        super(true);
    }
}
