package org.faultdesk.dispatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.dispatch.Await;
import org.faultdesk.dispatch.Fixture;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.Publishers;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * A consumer takes an event only from the service that publishes its type: a well-formed
 * ticket-opened written by any other client of the broker (here, as notification-service would
 * sign it) opens no work order and is dead-lettered with the reason, while the genuine one goes on.
 */
@QuarkusTest
class EventSourceTest {

    @Test
    void anEventFromAnyServiceButItsPublisherIsDeadLetteredAndChangesNothing() {
        Fixture fixture = new Fixture();
        fixture.technician("A", false, 2, true);
        String forged = Fixture.ticketId();
        String genuine = Fixture.ticketId();

        try (TopicWatcher deadLetters = TestKafka.watch(Topics.DISPATCH_SERVICE_DEAD_LETTER);
             TopicWatcher updates = TestKafka.watch(Topics.WORK_ORDER_UPDATED)) {
            TestKafka.sendFrom(Publishers.cloudEventSource(Publishers.NOTIFICATION_SERVICE), Topics.TICKET_OPENED,
                    forged, EventJson.write(fixture.fault(forged, CustomerTier.GOLD, ServiceType.HOME_BROADBAND)));
            TestKafka.publish(fixture.fault(genuine, CustomerTier.GOLD, ServiceType.HOME_BROADBAND));

            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(record -> forged.equals(record.key()));
            assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .contains("ce_source is '/faultdesk/notification-service'")
                    .contains("only from /faultdesk/ticket-service");
            assertThat(Await.action(updates, genuine, WorkOrderAction.CREATED).ticketId()).isEqualTo(genuine);
        }
        assertThat(dispatcher().get("/work-orders?ticketId=" + forged).then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();
    }
}
