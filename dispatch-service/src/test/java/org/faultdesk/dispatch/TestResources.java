package org.faultdesk.dispatch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.faultdesk.platform.test.PlatformTestResource;

/**
 * Every test of this module runs against the real test broker and its own PostgreSQL database, with
 * WireMock standing in for ticket-service's internal API.
 */
@QuarkusTestResource(TicketServiceStub.class)
@QuarkusTestResource(value = PlatformTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "dispatch_service_test"))
public class TestResources {
}
