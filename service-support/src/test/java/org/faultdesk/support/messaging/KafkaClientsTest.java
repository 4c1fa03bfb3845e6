package org.faultdesk.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void theServicesSecuritySettingsReachEveryHandBuiltClientUnderItsOwnSettings() {
        Map<String, Object> broker = Map.of("bootstrap.servers", "kafka:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "client.id", "from-config");

        Map<String, Object> settings = KafkaClients.merged(broker, Map.of("client.id", "ticket-service-outbox-relay",
                "acks", "all"));

        assertThat(settings).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("client.id", "ticket-service-outbox-relay")
                .containsEntry("acks", "all");
    }
}
