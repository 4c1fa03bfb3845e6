package org.faultdesk.ticket.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.faultdesk.platform.kafka.BrokerSettings;
import org.faultdesk.platform.kafka.LocalKafka;
import org.faultdesk.platform.test.PlatformTestResource;
import org.faultdesk.platform.test.TestKafka;

/**
 * The usual test database, but a Kafka broker of this test's own that it may stop and restart:
 * the module's test broker serves its other test classes and is never stopped under them.
 */
public class OwnBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** A port of its own; data wiped when the broker process first starts. */
    public static final BrokerSettings BROKER = new BrokerSettings("127.0.0.1", 29481, 29482,
            BrokerSettings.projectRoot().resolve(".platform/ticket-service-outage-kafka"), true, "512m");

    private final PlatformTestResource platform = new PlatformTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        platform.init(Map.of("database", "ticket_service_test"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(platform.start());
        new LocalKafka(BROKER).ensureRunning();
        config.put("kafka.bootstrap.servers", BROKER.bootstrapServers());
        // TestKafka helpers of this test then read and write the own broker.
        System.setProperty(TestKafka.BOOTSTRAP_PROPERTY, BROKER.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        new LocalKafka(BROKER).stop();
        platform.stop();
    }
}
