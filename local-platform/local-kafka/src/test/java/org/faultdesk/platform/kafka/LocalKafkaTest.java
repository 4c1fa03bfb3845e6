package org.faultdesk.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.faultdesk.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real test broker: started once, reused after, topics as the contract says. */
class LocalKafkaTest {

    private static final LocalKafka KAFKA = new LocalKafka(BrokerSettings.forTests(BrokerSettings.projectRoot()));

    @BeforeAll
    static void start() {
        KAFKA.ensureRunning();
    }

    @Test
    void aSecondStartReusesTheRunningBroker() {
        LocalKafka.Status again = KAFKA.ensureRunning();

        assertThat(again.reused()).isTrue();
        assertThat(again.bootstrapServers()).isEqualTo(KAFKA.settings().bootstrapServers());
        assertThat(KAFKA.isRunning()).isTrue();
    }

    @Test
    void everyTopicOfTheContractExistsWithSixPartitions() throws Exception {
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);

            assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(Topics.PARTITIONS));
        }
    }

    @Test
    void topicsAreNeverCreatedByAccident() throws Exception {
        try (Admin admin = admin()) {
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            String autoCreate = admin.describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS)
                    .get(broker).get("auto.create.topics.enable").value();

            assertThat(autoCreate).isEqualTo("false");
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.settings().bootstrapServers()));
    }
}
