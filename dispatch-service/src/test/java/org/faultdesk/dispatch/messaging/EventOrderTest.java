package org.faultdesk.dispatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.faultdesk.dispatch.Await;
import org.faultdesk.dispatch.Fixture;
import org.faultdesk.dispatch.domain.EarlyTicketFacts;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.platform.test.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ticket's events come on four topics, so dispatch may read them in any order: each pair is
 * handed to the consumer in both orders, and the outcome is the same. The consumer is called the
 * way the connector calls it (JSON in, one transaction each), on the test's thread, so the order
 * is exactly the one written here.
 */
@QuarkusTest
class EventOrderTest {

    @Inject
    TicketEventConsumer consumer;

    Fixture fixture;
    String ticket;
    Instant openedAt;
    TicketOpened opened;

    @BeforeEach
    void aTicketNoTechnicianCanTake() {
        fixture = new Fixture();
        ticket = Fixture.ticketId();
        openedAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        opened = fixture.opened(ticket, TicketKind.FAULT, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND, openedAt);
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aResolvedTicketHasNoOpenWorkOrderWhicheverCameFirst(boolean openedFirst) {
        TicketResolved resolved = new TicketResolved(UUID.randomUUID(), Instant.now(), ticket, TicketResolved.SCHEMA_VERSION,
                Instant.now(), opened.classification(), "REMOTE_RESET", "agent-7");

        inOrder(openedFirst, () -> consumer.resolved(EventJson.write(resolved), TestKafka.asReceived(resolved)));

        assertThat(statuses()).isEqualTo(openedFirst ? List.of("CANCELLED") : List.of());
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aCancelledTicketHasNoOpenWorkOrderWhicheverCameFirst(boolean openedFirst) {
        TicketUpdated cancelled = new TicketUpdated(UUID.randomUUID(), Instant.now(), ticket, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.STATUS), TicketStatus.CANCELLED, TicketStatus.ACKNOWLEDGED,
                opened.classification(), "customer fixed it by rebooting", "agent-7");

        inOrder(openedFirst, () -> consumer.updated(EventJson.write(cancelled), TestKafka.asReceived(cancelled)));

        assertThat(statuses()).isEqualTo(openedFirst ? List.of("CANCELLED") : List.of());
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aReclassificationHoldsWhicheverCameFirst(boolean openedFirst) {
        TicketUpdated upgraded = new TicketUpdated(UUID.randomUUID(), openedAt.plusSeconds(60), ticket,
                TicketUpdated.SCHEMA_VERSION, Set.of(TicketUpdated.Change.CLASSIFICATION),
                TicketStatus.ACKNOWLEDGED, TicketStatus.ACKNOWLEDGED,
                fixture.classification(TicketKind.FAULT, CustomerTier.AAA, ServiceType.HOME_BROADBAND),
                "customer is a key account", "agent-7");

        inOrder(openedFirst, () -> consumer.updated(EventJson.write(upgraded), TestKafka.asReceived(upgraded)));

        var workOrders = Await.workOrders(ticket);
        assertThat(workOrders.getList("status")).containsExactly("WAITING");
        assertThat(workOrders.getString("[0].customerTier")).isEqualTo("AAA");
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void slaMonitorsDeadlineHoldsWhicheverCameFirst(boolean openedFirst) {
        Instant deadline = openedAt.plus(Duration.ofHours(3));
        SlaClockStarted clock = new SlaClockStarted(UUID.randomUUID(), Instant.now(), ticket, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, openedAt, deadline,
                Allowance.hours(3), "HOME_BROADBAND/ORDINARY/URBAN", false, Duration.ZERO);

        inOrder(openedFirst, () -> consumer.slaClock(EventJson.write(clock), TestKafka.asReceived(clock)));

        var workOrders = Await.workOrders(ticket);
        assertThat(workOrders.getList("status")).containsExactly("WAITING");
        assertThat(workOrders.getString("[0].restoreDeadline")).isEqualTo(deadline.toString());
    }

    @ParameterizedTest(name = "opened first: {0}")
    @ValueSource(booleans = {true, false})
    void aResolutionOfWorkWithoutAVisitLeavesNothingBehind(boolean openedFirst) {
        TicketOpened consultation = fixture.opened(ticket, TicketKind.CONSULTATION, CustomerTier.GOLD,
                ServiceType.GENERAL, openedAt);
        TicketResolved resolved = new TicketResolved(UUID.randomUUID(), Instant.now(), ticket, TicketResolved.SCHEMA_VERSION,
                Instant.now(), consultation.classification(), "ADVICE_GIVEN", "agent-7");
        opened = consultation;

        inOrder(openedFirst, () -> consumer.resolved(EventJson.write(resolved), TestKafka.asReceived(resolved)));

        assertThat(statuses()).isEmpty();
        assertThat(EarlyTicketFacts.<EarlyTicketFacts>findByIdOptional(ticket))
                .as("nothing kept for work dispatch never does").isEmpty();
    }

    @ParameterizedTest(name = "resolution read first: {0}")
    @ValueSource(booleans = {true, false})
    void aTicketReopenedAfterItsResolutionGetsAVisitWhicheverCameFirst(boolean resolutionFirst) {
        consumer.opened(EventJson.write(opened), TestKafka.asReceived(opened));
        TicketResolved resolved = resolution(Instant.now().minus(Duration.ofMinutes(2)));
        TicketUpdated reopened = reopening(Instant.now().minus(Duration.ofMinutes(1)));
        Runnable resolving = () -> consumer.resolved(EventJson.write(resolved), TestKafka.asReceived(resolved));
        Runnable reopening = () -> consumer.updated(EventJson.write(reopened), TestKafka.asReceived(reopened));

        (resolutionFirst ? resolving : reopening).run();
        (resolutionFirst ? reopening : resolving).run();

        var workOrders = Await.workOrders(ticket);
        assertThat(workOrders.getList("status")).as("a visit waits for a technician").containsExactly("WAITING");
        // Resolved then reopened: the closed order's next visit. Reopened first: the order never closed,
        // and the older resolution read late is not taken.
        assertThat(workOrders.getInt("[0].visit")).isEqualTo(resolutionFirst ? 2 : 1);
        assertThat(workOrders.getString("[0].reopenedAt")).isEqualTo(reopened.occurredAt().toString());
        if (resolutionFirst) {
            // (between them, the dispatcher on its own thread says when each visit waits for a technician)
            assertThat(Await.history(workOrders.getString("[0].id")).getList("action", String.class))
                    .filteredOn(action -> !action.equals("WAITING_FOR_TECHNICIAN"))
                    .containsExactly("CREATED", "CANCELLED", "REOPENED");
        }
    }

    @Test
    void aResolutionAfterTheReopeningClosesTheNewVisit() {
        consumer.opened(EventJson.write(opened), TestKafka.asReceived(opened));
        TicketResolved first = resolution(Instant.now().minus(Duration.ofMinutes(3)));
        TicketUpdated reopened = reopening(Instant.now().minus(Duration.ofMinutes(2)));
        TicketResolved second = resolution(Instant.now().minus(Duration.ofMinutes(1)));

        consumer.resolved(EventJson.write(first), TestKafka.asReceived(first));
        consumer.updated(EventJson.write(reopened), TestKafka.asReceived(reopened));
        consumer.resolved(EventJson.write(second), TestKafka.asReceived(second));

        var workOrders = Await.workOrders(ticket);
        assertThat(workOrders.getList("status")).containsExactly("CANCELLED");
        assertThat(workOrders.getInt("[0].visit")).isEqualTo(2);
    }

    /** {@code at} to the second: events carry what PostgreSQL keeps (ticket-service truncates to microseconds). */
    private TicketResolved resolution(Instant at) {
        at = at.truncatedTo(ChronoUnit.SECONDS);
        return new TicketResolved(UUID.randomUUID(), at, ticket, TicketResolved.SCHEMA_VERSION, at,
                opened.classification(), "REMOTE_RESET", "agent-7");
    }

    private TicketUpdated reopening(Instant at) {
        at = at.truncatedTo(ChronoUnit.SECONDS);
        return new TicketUpdated(UUID.randomUUID(), at, ticket, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.STATUS), TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED,
                opened.classification(), "customer says the line is down again", "agent-7");
    }

    private void inOrder(boolean openedFirst, Runnable other) {
        Runnable opening = () -> consumer.opened(EventJson.write(opened), TestKafka.asReceived(opened));
        (openedFirst ? opening : other).run();
        (openedFirst ? other : opening).run();
    }

    private List<String> statuses() {
        return Await.workOrders(ticket).getList("status");
    }
}
