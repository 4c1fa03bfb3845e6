package org.faultdesk.sla.api;

import io.quarkus.test.junit.QuarkusTest;
import org.faultdesk.platform.test.OpenApiFuzzContract;

@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzContract {
}
