package org.faultdesk.ticket.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.kafka.LocalKafka;
import org.faultdesk.platform.test.PrometheusText;
import org.faultdesk.support.outbox.OutboxMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A ticket accepted while Kafka is down is published once Kafka is back: the outbox keeps it meanwhile. */
@QuarkusTest
@TestProfile(KafkaOutageTest.OwnBroker.class)
class KafkaOutageTest {

    /** Runs the service against {@link OwnBrokerResource}'s broker instead of the shared one. */
    public static class OwnBroker implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnBrokerResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Retry sooner than the default backoff so the test does not wait for nothing.
            return Map.of("faultdesk.worker.outbox-relay.poll-interval", "PT0.1S");
        }
    }

    @AfterAll
    static void stopOwnBroker() {
        new LocalKafka(OwnBrokerResource.BROKER).stop();
    }

    @Test
    void aTicketAcceptedDuringAnOutageIsPublishedWhenTheBrokerIsBack() {
        LocalKafka broker = new LocalKafka(OwnBrokerResource.BROKER);
        assertThat(broker.stop()).isTrue();
        assertThat(broker.isRunning()).isFalse();

        String id = open();
        assertThat(outboxRowsFor(id)).as("kept in the outbox while Kafka is down").isEqualTo(1);
        // Intake can do its job without Kafka: a load balancer must keep sending it tickets.
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        // What the ops team sees meanwhile: the relay's queue and its age (alerted on past 30 s).
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(PrometheusText.sum(metrics, "faultdesk_outbox_backlog")).as("outbox backlog").isGreaterThanOrEqualTo(1);
        assertThat(PrometheusText.sum(metrics, "faultdesk_outbox_oldest_age_seconds")).as("its oldest message's age").isPositive();

        new LocalKafka(OwnBrokerResource.BROKER.keepingData()).ensureRunning();

        TicketOpened event = awaitOpened(id);
        assertThat(event.ticketId()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRowsFor(id) == 0);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                PrometheusText.sum(given().get("/q/metrics").then().extract().asString(), "faultdesk_outbox_backlog") == 0);
    }

    private static long outboxRowsFor(String ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", ticketId));
    }

    /** Reads ticket-opened from the beginning: the own broker holds only this test's events. */
    private static TicketOpened awaitOpened(String ticketId) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, OwnBrokerResource.BROKER.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TICKET_OPENED).stream()
                    .map(info -> new TopicPartition(Topics.TICKET_OPENED, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (ticketId.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return EventJson.read(found.get(0).value(), TicketOpened.class);
        }
    }
}
