package org.faultdesk.dispatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.ops;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.faultdesk.dispatch.Await;
import org.faultdesk.dispatch.Fixture;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.EventType;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * Dead letters are operable: each waits on the dead-letter topic with the reason and where it
 * came from, and once the cause is fixed an operator replays them onto their original topics,
 * each once.
 */
@QuarkusTest
class DeadLetterReplayTest {

    @Test
    void aDeadLetterIsListedWithItsReasonAndReplayedOnceAfterTheFix() throws Exception {
        Fixture fixture = new Fixture();
        fixture.technician("A", false, 2, true);
        String poisoned = Fixture.ticketId();
        String fixable = Fixture.ticketId();
        // A record the service can never read: dead-lettered by the consumer itself.
        TestKafka.send(Topics.TICKET_OPENED, poisoned, "{\"ticketId\": \"" + poisoned + "\", ");
        // A good ticket-opened that an earlier release dead-lettered (a bug since fixed): as SmallRye wrote it.
        String fixableJson = EventJson.write(fixture.fault(fixable, CustomerTier.GOLD, ServiceType.HOME_BROADBAND));
        deadLetter(fixable, fixableJson, "invalid TicketOpened: a bug since fixed");

        JsonPath waiting = awaitWaiting(poisoned, fixable);
        assertThat(waiting.getString("find { it.key == '" + poisoned + "' }.originalTopic")).isEqualTo(Topics.TICKET_OPENED);
        assertThat(waiting.getString("find { it.key == '" + poisoned + "' }.reason")).contains("malformed JSON");
        assertThat(waiting.getInt("find { it.key == '" + poisoned + "' }.originalOffset")).isNotNegative();
        assertThat(waiting.getString("find { it.key == '" + fixable + "' }.reason")).contains("since fixed");

        try (TopicWatcher updates = TestKafka.watch(Topics.WORK_ORDER_UPDATED);
             TopicWatcher deadLetters = TestKafka.watch(Topics.DISPATCH_SERVICE_DEAD_LETTER)) {
            JsonPath replayed = ops().post("/admin/dead-letters/replay").then().statusCode(200).extract().jsonPath();
            assertThat(replayed.getInt("replayed")).isGreaterThanOrEqualTo(2);
            assertThat(replayed.getInt("byTopic.'ticket-opened'")).isGreaterThanOrEqualTo(2);

            // The fixed one now opens its work order; the poison is dead-lettered again, with its reason.
            assertThat(Await.action(updates, fixable, WorkOrderAction.CREATED).ticketId()).isEqualTo(fixable);
            Headers again = deadLetters.awaitRecord(r -> poisoned.equals(r.key())).headers();
            assertThat(again.lastHeader("dead-letter-reason")).isNotNull();
            // The dead letter keeps the record's source, so a replayed record is still taken as its publisher's.
            assertThat(new String(again.lastHeader("ce_source").value(), StandardCharsets.UTF_8))
                    .isEqualTo(EventType.TICKET_OPENED.cloudEventSource());
        }
        // Replayed once: what waits now is only the poison's new dead letter.
        List<String> keys = ops().get("/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("key");
        assertThat(keys).doesNotContain(fixable).containsOnlyOnce(poisoned);
        ops().get("/admin/dead-letters?limit=0").then().statusCode(400).body("detail", equalTo("limit must be 1 to 1000, was 0"));
    }

    private static JsonPath awaitWaiting(String... keys) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            last[0] = ops().get("/admin/dead-letters").then().statusCode(200).extract().jsonPath();
            assertThat(last[0].getList("key", String.class)).contains(keys);
        });
        return last[0];
    }

    private static void deadLetter(String key, String value, String reason) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.DISPATCH_SERVICE_DEAD_LETTER, key, value);
            record.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
            record.headers().add("dead-letter-topic", Topics.TICKET_OPENED.getBytes(StandardCharsets.UTF_8));
            record.headers().add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("dead-letter-offset", "0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", EventType.TICKET_OPENED.cloudEventSource().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
