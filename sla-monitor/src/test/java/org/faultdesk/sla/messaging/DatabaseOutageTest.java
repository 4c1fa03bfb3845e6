package org.faultdesk.sla.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.LocalPostgres;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.junit.jupiter.api.Test;

/**
 * A database outage is a transient failure: the tickets opened while PostgreSQL is stopped are not
 * dead-lettered (before, each was, and its clock was lost for good); the consumer waits, readiness
 * says why, and every clock starts once the database is back.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    TestClock clock;

    @Test
    void ticketsOpenedWhileTheDatabaseIsDownGetTheirClocksWhenItIsBack() {
        try (TopicWatcher deadLetters = TestKafka.watch(Topics.SLA_MONITOR_DEAD_LETTER);
             TopicWatcher deadlines = TestKafka.watch(Topics.SLA_CLOCK_STARTED)) {
            String before = Tickets.newId();
            TestKafka.publish(Tickets.opened(before, Tickets.eightHours("AREA-" + before), clock.instant()));
            deadlines.awaitEvent(SlaClockStarted.class, before);

            List<String> during = List.of(Tickets.newId(), Tickets.newId(), Tickets.newId());
            LocalPostgres.stop();
            try {
                during.forEach(id -> TestKafka.publish(Tickets.opened(id, Tickets.eightHours("AREA-" + id), clock.instant())));
                await("the consumer paused on the outage").atMost(Duration.ofSeconds(60))
                        .until(() -> consumersCheck().get("status").equals("DOWN"));
                assertThat(consumersCheck().get("data").toString()).contains("TicketOpened", "paused, retrying");
            } finally {
                LocalPostgres.start();
            }

            for (String id : during) {
                assertThat(deadlines.awaitEvents(SlaClockStarted.class, TopicWatcher.clockOf(id, SlaClocks.RESTORE), 1,
                        Duration.ofSeconds(90)))
                        .as("clock of " + id).hasSize(1);
            }
            await("the consumer going on").atMost(Duration.ofSeconds(30))
                    .until(() -> consumersCheck().get("status").equals("UP"));
            assertThat(deadLetters.recordsAfter(Duration.ofSeconds(2), record -> during.contains(record.key())))
                    .as("nothing dead-lettered").isEmpty();
        }
    }

    /** The "event-consumers" readiness check, whatever the others (the database's) say. */
    private static Map<String, Object> consumersCheck() {
        JsonPath health = given().when().get("/q/health/ready").then().extract().jsonPath();
        return health.getMap("checks.find { it.name == 'event-consumers' }");
    }
}
