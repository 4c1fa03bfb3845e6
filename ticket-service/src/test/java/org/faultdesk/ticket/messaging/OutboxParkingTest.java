package org.faultdesk.ticket.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.ops;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.support.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

/**
 * An outbox message the broker will never take as it is (its topic does not exist, it is larger
 * than the broker accepts) is parked with the reason, and the messages behind it go on in their
 * order; after the fix an operator replays it through the admin endpoint.
 */
@QuarkusTest
class OutboxParkingTest {

    @Test
    void whatCannotBeSentIsParkedAndTheRestGoesOnInOrder() throws Exception {
        String ticket = "TT-PARK-" + UUID.randomUUID();
        String otherTicket = "TT-PARK-" + UUID.randomUUID();
        String missingTopic = "faultdesk-test-missing-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicWatcher opened = TestKafka.watch(Topics.TICKET_OPENED)) {
            UUID first = UUID.randomUUID();
            UUID toMissingTopic = UUID.randomUUID();
            UUID tooLarge = UUID.randomUUID();
            UUID last = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                message(first, Topics.TICKET_OPENED, ticket, "{\"n\":1}");
                message(toMissingTopic, missingTopic, ticket, "{\"n\":2}");
                message(tooLarge, Topics.TICKET_OPENED, otherTicket, "{\"pad\":\"" + "x".repeat(2_000_000) + "\"}");
                message(last, Topics.TICKET_OPENED, ticket, "{\"n\":3}");
            });

            List<ConsumerRecord<String, String>> sent = opened.awaitRecords(r -> ticket.equals(r.key()), 2, TopicWatcher.DEFAULT_WAIT);
            assertThat(sent).extracting(ConsumerRecord::value).containsExactly("{\"n\":1}", "{\"n\":3}");

            // The relay parks and deletes in the transaction of the batch: it commits just after the acks.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ops().get("/admin/outbox/parked")
                    .then().statusCode(200).extract().jsonPath().getList("eventId"))
                    .containsExactly(toMissingTopic.toString(), tooLarge.toString()));
            JsonPath parked = ops().get("/admin/outbox/parked").then().statusCode(200).extract().jsonPath();
            assertThat(parked.getString("find { it.eventId == '" + toMissingTopic + "' }.reason"))
                    .contains(missingTopic).contains("does not exist");
            assertThat(parked.getString("find { it.eventId == '" + tooLarge + "' }.reason")).contains("larger");
            assertThat(parked.getInt("find { it.eventId == '" + tooLarge + "' }.payloadLength")).isGreaterThan(2_000_000);
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("faultdesk_outbox_parked{"))
                    .body(containsString("faultdesk_outbox_parkings_total{"));
            assertThat(outboxRows(ticket)).as("nothing of the ticket left in the outbox").isZero();

            // The ops engineer creates the topic, then replays the one parked message that needed it.
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(missingTopic, 1, (short) 1))).all().get();
            }
            try (TopicWatcher created = TestKafka.watch(missingTopic)) {
                ops().post("/admin/outbox/parked/replay?eventId=" + toMissingTopic)
                        .then().statusCode(200).body("replayed", equalTo(1));
                assertThat(created.awaitRecord(r -> ticket.equals(r.key())).value()).isEqualTo("{\"n\":2}");
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    ops().get("/admin/outbox/parked").then().extract().jsonPath().getList("eventId"))
                    .containsExactly(tooLarge.toString()));
            ops().post("/admin/outbox/parked/replay?eventId=" + UUID.randomUUID())
                    .then().statusCode(404).body("detail", containsString("no parked outbox message"));
        }
    }

    private static void message(UUID eventId, String topic, String key, String payload) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = eventId;
        message.topic = topic;
        message.messageKey = key;
        message.eventType = "org.faultdesk.test.v1";
        message.occurredAt = Instant.now();
        message.payload = payload;
        message.persist();
    }

    private static long outboxRows(String ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", ticketId));
    }
}
