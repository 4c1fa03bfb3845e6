package org.faultdesk.sla.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ticket's events come on four topics, so sla-monitor may read them in any order: the clock is a
 * fold of everything heard about the ticket, and each pair handed to the consumer in both orders
 * gives the same clock. Called the way the connector calls it, on the test's thread, so the order
 * is exactly the one written here.
 */
@QuarkusTest
class EventOrderTest {

    @Inject
    TicketEventsConsumer consumer;

    @Inject
    TestClock clock;

    String ticket;
    Instant openedAt;
    TicketClassification classification;
    TicketOpened opened;

    @BeforeEach
    void aTicketOpenedAnHourAgo() {
        ticket = Tickets.newId();
        openedAt = clock.instant().minus(Duration.ofHours(1));
        classification = Tickets.eightHours("AREA-" + ticket);
        opened = Tickets.opened(ticket, classification, openedAt);
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aResolutionStopsTheClockWhicheverCameFirst(boolean openedFirst) {
        Instant resolvedAt = openedAt.plus(Duration.ofMinutes(30));

        TicketResolved resolved = Tickets.resolved(ticket, classification, resolvedAt);

        inOrder(openedFirst, () -> consumer.onResolved(EventJson.write(resolved), TestKafka.asReceived(resolved)));

        JsonPath clockView = clock();
        assertThat(clockView.getString("state")).isEqualTo("STOPPED");
        assertThat(clockView.getString("stoppedAt")).isEqualTo(resolvedAt.toString());
        assertThat(clockView.getString("openedAt")).isEqualTo(openedAt.toString());
        assertThat(clockView.getString("timeToRestore")).isEqualTo("PT30M");
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aCancellationCancelsTheClockWhicheverCameFirst(boolean openedFirst) {
        Instant cancelledAt = openedAt.plus(Duration.ofMinutes(10));

        TicketUpdated cancelled = Tickets.status(ticket, classification, TicketStatus.ACKNOWLEDGED,
                TicketStatus.CANCELLED, cancelledAt);

        inOrder(openedFirst, () -> consumer.onUpdated(EventJson.write(cancelled), TestKafka.asReceived(cancelled)));

        assertThat(clock().getString("state")).isEqualTo("CANCELLED");
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aReclassificationHoldsWhicheverCameFirst(boolean openedFirst) {
        TicketClassification upgraded = Tickets.withTier(classification, CustomerTier.AAA);

        TicketUpdated reclassified = Tickets.reclassified(ticket, upgraded, openedAt.plus(Duration.ofMinutes(5)));

        inOrder(openedFirst, () -> consumer.onUpdated(EventJson.write(reclassified), TestKafka.asReceived(reclassified)));

        JsonPath clockView = clock();
        assertThat(clockView.getString("state")).isEqualTo("RUNNING");
        assertThat(clockView.getString("classification.customerTier")).isEqualTo("AAA");
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void theTechnicianIsKnownWhicheverCameFirst(boolean openedFirst) {
        TicketDispatched dispatched = new TicketDispatched(UUID.randomUUID(), openedAt.plusSeconds(90), ticket,
                TicketDispatched.SCHEMA_VERSION, "WO-" + ticket, "T-ORDER-1", "Zhang Wei", "TEAM-1", "Operator in-house",
                classification.areaCode(), 1, TicketDispatched.Reason.FIRST_ASSIGNMENT);

        inOrder(openedFirst, () -> consumer.onDispatched(EventJson.write(dispatched), TestKafka.asReceived(dispatched)));

        JsonPath clockView = clock();
        assertThat(clockView.getString("state")).isEqualTo("RUNNING");
        assertThat(clockView.getString("technicianId")).isEqualTo("T-ORDER-1");
        assertThat(clockView.getString("openedAt")).isEqualTo(openedAt.toString());
    }

    private void inOrder(boolean openedFirst, Runnable other) {
        Runnable opening = () -> consumer.onOpened(EventJson.write(opened), TestKafka.asReceived(opened));
        (openedFirst ? opening : other).run();
        (openedFirst ? other : opening).run();
    }

    private JsonPath clock() {
        return ops().get("/sla/clocks/{ticketId}", ticket).then().statusCode(200).extract().jsonPath();
    }
}
