package org.faultdesk.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.faultdesk.events.Topics;
import org.junit.jupiter.api.Test;

class OwnTestBrokerTest {

    @Test
    void oneBrokerPerJvmWithEveryTopicAndNothingInIt() throws Exception {
        String servers = OwnTestBroker.bootstrapServers();

        assertThat(OwnTestBroker.bootstrapServers()).as("asked twice: the same broker").isEqualTo(servers);
        assertThat(servers).as("never the platform's or the old shared test port")
                .doesNotEndWith(":9092").doesNotEndWith(":19092");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).containsAll(Topics.ALL);
            TopicPartition first = new TopicPartition(Topics.TICKET_OPENED, 0);
            long end = admin.listOffsets(Map.of(first, OffsetSpec.latest())).all().get(30, TimeUnit.SECONDS)
                    .get(first).offset();
            assertThat(end).as("a fresh broker: no other run's events").isZero();
        }
    }

    @Test
    void eventsPublishedHereAreSeenHere() {
        OwnTestBroker.bootstrapServers();
        System.setProperty(TestKafka.BOOTSTRAP_PROPERTY, OwnTestBroker.bootstrapServers());
        try (TopicWatcher watcher = TestKafka.watch(Topics.TICKET_RESOLVED)) {
            TestKafka.send(Topics.TICKET_RESOLVED, "TT-OWN-BROKER-1", "{}");
            assertThat(watcher.awaitRecord(record -> "TT-OWN-BROKER-1".equals(record.key())).value()).isEqualTo("{}");
        }
    }
}
