package org.faultdesk.ticket;

import io.quarkus.test.junit.QuarkusTest;
import org.faultdesk.platform.test.ServiceHealthContract;

@QuarkusTest
class HealthTest extends ServiceHealthContract {
}
