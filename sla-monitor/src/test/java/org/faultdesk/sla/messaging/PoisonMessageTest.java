package org.faultdesk.sla.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.junit.jupiter.api.Test;

/** A message that cannot be read goes to the dead-letter topic and the consumer carries on. */
@QuarkusTest
class PoisonMessageTest {

    @Inject
    TestClock clock;

    @Test
    void malformedAndUnknownValuesGoToTheDeadLetterTopicAndTheNextEventIsHandled() {
        try (TopicWatcher deadLetters = TestKafka.watch(Topics.SLA_MONITOR_DEAD_LETTER);
             TopicWatcher deadlines = TestKafka.watch(Topics.SLA_CLOCK_STARTED)) {
            String malformed = Tickets.newId();
            String unknownTier = Tickets.newId();
            String good = Tickets.newId();
            TestKafka.send(Topics.TICKET_OPENED, malformed, "{\"ticketId\": \"" + malformed + "\", ");
            String json = EventJson.write(Tickets.opened(unknownTier, Tickets.eightHours("AREA-X"), clock.instant()))
                    .replace("\"ORDINARY\"", "\"PLATINUM\"");
            TestKafka.send(Topics.TICKET_UPDATED, unknownTier, json);
            TestKafka.publish(Tickets.opened(good, Tickets.eightHours("AREA-" + good), clock.instant()));

            ConsumerRecord<String, String> first = deadLetters.awaitRecord(r -> malformed.equals(r.key()));
            assertThat(reason(first)).contains("malformed JSON");
            ConsumerRecord<String, String> second = deadLetters.awaitRecord(r -> unknownTier.equals(r.key()));
            assertThat(reason(second)).contains("PLATINUM");
            assertThat(deadlines.awaitEvent(SlaClockStarted.class, good).change()).isEqualTo(SlaClockStarted.Change.STARTED);
        }
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
