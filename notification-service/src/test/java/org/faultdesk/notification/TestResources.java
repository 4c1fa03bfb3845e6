package org.faultdesk.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.faultdesk.platform.test.PlatformTestResource;

/**
 * Every test of this module runs against the real test broker, its own PostgreSQL database, and real
 * SMTP and HTTP servers for the channels.
 */
@QuarkusTestResource(value = PlatformTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "notification_service_test"))
@QuarkusTestResource(ChannelServers.class)
public class TestResources {
}
