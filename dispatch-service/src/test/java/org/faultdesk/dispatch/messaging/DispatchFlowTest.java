package org.faultdesk.dispatch.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;
import static org.faultdesk.platform.test.TestIdentity.technician;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.dispatch.Await;
import org.faultdesk.dispatch.Fixture;
import org.faultdesk.dispatch.TestClock;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.test.PrometheusText;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ticket events in on the real broker, dispatch decisions out: the service as its neighbours see it. */
@QuarkusTest
class DispatchFlowTest {

    @Inject
    TestClock clock;

    @Inject
    TicketEventConsumer ticketEvents;

    Fixture fixture;
    TopicWatcher dispatches;
    TopicWatcher updates;

    @BeforeEach
    void watch() {
        fixture = new Fixture();
        dispatches = TestKafka.watch(Topics.TICKET_DISPATCHED);
        updates = TestKafka.watch(Topics.WORK_ORDER_UPDATED);
    }

    @AfterEach
    void close() {
        dispatches.close();
        updates.close();
    }

    @Test
    void aFaultIsDispatchedToTheBestTechnicianOfItsArea() {
        String outsourced = fixture.technician("OUT", true, 2, true);
        String inHouse = fixture.technician("IN", false, 2, true);
        String ticket = Fixture.ticketId();

        TestKafka.publish(fixture.fault(ticket, CustomerTier.AAA, ServiceType.INTERNET_LEASED_LINE));

        WorkOrderUpdated created = Await.action(updates, ticket, WorkOrderAction.CREATED);
        TicketDispatched dispatched = Await.dispatch(dispatches, ticket, 1);
        assertThat(dispatched.technicianId()).as("in-house before outsourced on equal load").isEqualTo(inHouse);
        assertThat(dispatched.workOrderId()).isEqualTo(created.workOrderId());
        assertThat(dispatched.reason()).isEqualTo(TicketDispatched.Reason.FIRST_ASSIGNMENT);
        assertThat(dispatched.teamId()).isEqualTo(fixture.area + "-TEAM");
        assertThat(dispatched.areaCode()).isEqualTo(fixture.area);
        assertThat(dispatched.maintenanceCompany()).isEqualTo("Operator in-house");
        assertThat(Await.workOrders(ticket).getString("[0].status")).isEqualTo("ASSIGNED");
        dispatcher().get("/technicians/" + inHouse).then().body("openOrders", equalTo(1));
        dispatcher().get("/technicians/" + outsourced).then().body("openOrders", equalTo(0));

        // The next fault goes to the one with fewer open orders, outsourced or not.
        String second = Fixture.ticketId();
        TestKafka.publish(fixture.fault(second, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        assertThat(Await.dispatch(dispatches, second, 1).technicianId()).isEqualTo(outsourced);
    }

    @Test
    void workWithoutAVisitOpensNoWorkOrder() {
        fixture.technician("A", false, 2, true);
        String consultation = Fixture.ticketId();
        TestKafka.publish(fixture.opened(consultation, TicketKind.CONSULTATION, CustomerTier.GOLD,
                ServiceType.GENERAL, Instant.now()));
        String installation = Fixture.ticketId();
        TestKafka.publish(fixture.opened(installation, TicketKind.INSTALLATION, CustomerTier.ORDINARY,
                ServiceType.HOME_BROADBAND, Instant.now()));

        assertThat(Await.dispatch(dispatches, installation, 1).technicianId()).isEqualTo(fixture.technicianId("A"));
        assertThat(updates.recordsAfter(Duration.ofSeconds(1), r -> consultation.equals(r.key()))).isEmpty();
        assertThat(Await.workOrders(consultation).getList("$")).isEmpty();
    }

    @Test
    void aDeclineGoesToTheNextBestAndNeverBackToWhoDeclined() {
        String first = fixture.technician("A", false, 2, true);
        String second = fixture.technician("B", true, 2, true);
        String ticket = Fixture.ticketId();
        TestKafka.publish(fixture.fault(ticket, CustomerTier.GOLD, ServiceType.HOME_BROADBAND));
        TicketDispatched toFirst = Await.dispatch(dispatches, ticket, 1);
        assertThat(toFirst.technicianId()).isEqualTo(first);

        technician(first).contentType(ContentType.JSON).body(Map.of("reason", "van broken down"))
                .post("/technicians/{t}/work-orders/{w}/decline", first, toFirst.workOrderId())
                .then().statusCode(200).body("status", equalTo("WAITING"));

        WorkOrderUpdated declined = Await.action(updates, ticket, WorkOrderAction.DECLINED);
        assertThat(declined.technicianId()).isEqualTo(first);
        assertThat(declined.note()).isEqualTo("van broken down");
        TicketDispatched toSecond = Await.dispatch(dispatches, ticket, 2);
        assertThat(toSecond.technicianId()).isEqualTo(second);
        assertThat(toSecond.reason()).isEqualTo(TicketDispatched.Reason.PREVIOUS_DECLINED);
        dispatcher().get("/technicians/" + first).then().body("openOrders", equalTo(0));

        // The second declines too: nobody is left who has not declined, so the order waits.
        technician(second).contentType(ContentType.JSON).body(Map.of("reason", "not my kind of job"))
                .post("/technicians/{t}/work-orders/{w}/decline", second, toFirst.workOrderId())
                .then().statusCode(200);
        assertThat(Await.action(updates, ticket, WorkOrderAction.WAITING_FOR_TECHNICIAN).technicianId()).isNull();

        dispatcher().get("/work-orders/{w}/history", toFirst.workOrderId()).then().statusCode(200)
                .body("action", equalTo(List.of("CREATED", "ASSIGNED", "DECLINED", "ASSIGNED", "DECLINED",
                        "WAITING_FOR_TECHNICIAN")))
                .body("technicianId", equalTo(java.util.Arrays.asList(null, first, first, second, second, null)))
                .body("assignment", equalTo(List.of(0, 1, 1, 2, 2, 2)));
    }

    @Test
    void noAnswerInTimeReassignsToTheNextBest() {
        String slow = fixture.technician("A", false, 2, true);
        String next = fixture.technician("B", false, 2, true);
        String ticket = Fixture.ticketId();
        TestKafka.publish(fixture.fault(ticket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        TicketDispatched toSlow = Await.dispatch(dispatches, ticket, 1);
        assertThat(toSlow.technicianId()).isEqualTo(slow);

        clock.advance(Duration.ofMinutes(16));

        WorkOrderUpdated timedOut = Await.action(updates, ticket, WorkOrderAction.ACCEPT_TIMED_OUT);
        assertThat(timedOut.technicianId()).isEqualTo(slow);
        assertThat(timedOut.actor()).isEqualTo("dispatch-service");
        TicketDispatched toNext = Await.dispatch(dispatches, ticket, 2);
        assertThat(toNext.technicianId()).isEqualTo(next);
        assertThat(toNext.reason()).isEqualTo(TicketDispatched.Reason.PREVIOUS_TIMED_OUT);
        // Too late to accept: the order is no longer the slow technician's.
        technician(slow).post("/technicians/{t}/work-orders/{w}/accept", slow, toSlow.workOrderId())
                .then().statusCode(403).body("type", equalTo("/problems/not-your-work-order"));
    }

    @Test
    void noOneEligibleWaitsThenGoesToWhoComesOnDuty() {
        String offDuty = fixture.technician("A", false, 2, false);
        String ticket = Fixture.ticketId();
        TestKafka.publish(fixture.fault(ticket, CustomerTier.AA, ServiceType.INTERNET_LEASED_LINE));

        WorkOrderUpdated waiting = Await.action(updates, ticket, WorkOrderAction.WAITING_FOR_TECHNICIAN);
        assertThat(waiting.note()).contains(fixture.area).contains("INTERNET_LEASED_LINE");
        assertThat(Await.workOrders(ticket).getString("[0].status")).isEqualTo("WAITING");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("faultdesk_dispatch_work_orders_waiting{service=\"dispatch-service\"} "))
                .body(containsString("faultdesk_dispatch_assignments_total{service=\"dispatch-service\"} "));
        double waitsBefore = PrometheusText.sum(metrics(), "faultdesk_dispatch_wait_seconds_count");

        dispatcher().contentType(ContentType.JSON).body(Map.of("onDuty", true)).put("/technicians/" + offDuty + "/duty")
                .then().statusCode(200).body("onDuty", equalTo(true));

        TicketDispatched dispatched = Await.dispatch(dispatches, ticket, 1);
        assertThat(dispatched.technicianId()).isEqualTo(offDuty);
        assertThat(dispatched.reason()).isEqualTo(TicketDispatched.Reason.TECHNICIAN_BECAME_AVAILABLE);
        // The wait from the ticket's opening to its first technician is measured once the order found one.
        String metrics = metrics();
        assertThat(PrometheusText.sum(metrics, "faultdesk_dispatch_wait_seconds_count")).isGreaterThan(waitsBefore);
        assertThat(PrometheusText.sum(metrics, "faultdesk_dispatch_wait_seconds_max")).isPositive();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void theQueueIsServedByUrgencyNotByArrival() {
        String technician = fixture.technician("A", false, 1, false);
        String broadbandFirst = Fixture.ticketId();
        TestKafka.publish(fixture.fault(broadbandFirst, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        Await.action(updates, broadbandFirst, WorkOrderAction.WAITING_FOR_TECHNICIAN);
        String leasedLineLater = Fixture.ticketId();
        TestKafka.publish(fixture.fault(leasedLineLater, CustomerTier.AAA, ServiceType.INTERNET_LEASED_LINE));
        Await.action(updates, leasedLineLater, WorkOrderAction.WAITING_FOR_TECHNICIAN);

        dispatcher().contentType(ContentType.JSON).body(Map.of("onDuty", true)).put("/technicians/" + technician + "/duty")
                .then().statusCode(200);

        assertThat(Await.dispatch(dispatches, leasedLineLater, 1).technicianId()).isEqualTo(technician);
        assertThat(dispatches.recordsAfter(Duration.ofSeconds(1), r -> broadbandFirst.equals(r.key()))).isEmpty();
        assertThat(Await.workOrders(broadbandFirst).getString("[0].status")).isEqualTo("WAITING");
    }

    @Test
    void aChangeOfTierReordersTheQueue() {
        String technician = fixture.technician("A", false, 1, false);
        Instant openedAt = Instant.now();
        String tierA = Fixture.ticketId();
        TestKafka.publish(fixture.opened(tierA, TicketKind.FAULT, CustomerTier.A, ServiceType.INTERNET_LEASED_LINE, openedAt));
        String ordinary = Fixture.ticketId();
        TestKafka.publish(fixture.opened(ordinary, TicketKind.FAULT, CustomerTier.ORDINARY,
                ServiceType.INTERNET_LEASED_LINE, openedAt));
        Await.action(updates, tierA, WorkOrderAction.WAITING_FOR_TECHNICIAN);
        Await.action(updates, ordinary, WorkOrderAction.WAITING_FOR_TECHNICIAN);

        // The ordinary customer turns out to be an AAA account: 2 hours instead of 8.
        TicketClassification upgraded = fixture.classification(TicketKind.FAULT, CustomerTier.AAA,
                ServiceType.INTERNET_LEASED_LINE);
        TestKafka.publish(new TicketUpdated(UUID.randomUUID(), Instant.now(), ordinary, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.CLASSIFICATION), TicketStatus.ACKNOWLEDGED, TicketStatus.ACKNOWLEDGED,
                upgraded, "customer is a key account", "agent-7"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Await.workOrders(ordinary).getString("[0].customerTier")).isEqualTo("AAA"));

        dispatcher().contentType(ContentType.JSON).body(Map.of("onDuty", true)).put("/technicians/" + technician + "/duty")
                .then().statusCode(200);

        assertThat(Await.dispatch(dispatches, ordinary, 1).technicianId()).isEqualTo(technician);
        assertThat(Await.workOrders(tierA).getString("[0].status")).isEqualTo("WAITING");
    }

    @Test
    void slaMonitorsDeadlineReplacesTheEstimateInTheQueue() {
        String technician = fixture.technician("A", false, 1, false);
        String openedFirst = Fixture.ticketId();
        TestKafka.publish(fixture.fault(openedFirst, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        Await.action(updates, openedFirst, WorkOrderAction.WAITING_FOR_TECHNICIAN);
        String openedLater = Fixture.ticketId();
        TestKafka.publish(fixture.fault(openedLater, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        Await.action(updates, openedLater, WorkOrderAction.WAITING_FOR_TECHNICIAN);

        // sla-monitor knows better: the later one has been running on a shorter policy.
        Instant deadline = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), Instant.now(), openedLater, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, Instant.now(), deadline,
                Allowance.hours(1), "HOME_BROADBAND/ORDINARY/URBAN", false, Duration.ZERO));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Await.workOrders(openedLater).getString("[0].restoreDeadline")).isEqualTo(deadline.toString()));
        // A response clock's deadline (the work order's 10 minutes) is not the restore deadline: the queue ignores it.
        SlaClockStarted workOrderClock = new SlaClockStarted(UUID.randomUUID(), Instant.now(), openedLater,
                SlaClockStarted.SCHEMA_VERSION, SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING,
                Instant.now(), Instant.now().plus(Duration.ofMinutes(10)), new Allowance(10, Allowance.Unit.MINUTES),
                "fault-work-order", false, Duration.ZERO, "work-order");
        ticketEvents.slaClock(EventJson.write(workOrderClock), TestKafka.asReceived(workOrderClock));
        assertThat(Await.workOrders(openedLater).getString("[0].restoreDeadline")).isEqualTo(deadline.toString());

        dispatcher().contentType(ContentType.JSON).body(Map.of("onDuty", true)).put("/technicians/" + technician + "/duty")
                .then().statusCode(200);

        assertThat(Await.dispatch(dispatches, openedLater, 1).technicianId()).isEqualTo(technician);
        assertThat(Await.workOrders(openedFirst).getString("[0].status")).isEqualTo("WAITING");
    }

    @Test
    void aTicketClosedElsewhereCancelsItsWorkOrderAndFreesTheTechnician() {
        String technician = fixture.technician("A", false, 1, true);
        String cancelledTicket = Fixture.ticketId();
        TestKafka.publish(fixture.fault(cancelledTicket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        Await.dispatch(dispatches, cancelledTicket, 1);
        String waitingTicket = Fixture.ticketId();
        TestKafka.publish(fixture.fault(waitingTicket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        Await.action(updates, waitingTicket, WorkOrderAction.WAITING_FOR_TECHNICIAN);

        TestKafka.publish(new TicketUpdated(UUID.randomUUID(), Instant.now(), cancelledTicket, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.STATUS), TicketStatus.CANCELLED, TicketStatus.IN_PROGRESS,
                fixture.classification(TicketKind.FAULT, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND),
                "customer fixed it by rebooting", "agent-7"));

        WorkOrderUpdated cancelled = Await.action(updates, cancelledTicket, WorkOrderAction.CANCELLED);
        assertThat(cancelled.technicianId()).isEqualTo(technician);
        assertThat(cancelled.note()).contains("cancelled").contains("rebooting");
        TicketDispatched freedUp = Await.dispatch(dispatches, waitingTicket, 1);
        assertThat(freedUp.technicianId()).isEqualTo(technician);
        assertThat(freedUp.reason()).isEqualTo(TicketDispatched.Reason.TECHNICIAN_BECAME_AVAILABLE);

        // Resolved by the call centre on the phone: the second order is cancelled as well.
        TestKafka.publish(new TicketResolved(UUID.randomUUID(), Instant.now(), waitingTicket, TicketResolved.SCHEMA_VERSION,
                Instant.now(), fixture.classification(TicketKind.FAULT, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND),
                "REMOTE_RESET", "agent-7"));
        Await.action(updates, waitingTicket, WorkOrderAction.CANCELLED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                dispatcher().get("/technicians/" + technician).then().body("openOrders", equalTo(0)));
        assertThat(Await.workOrders(waitingTicket).getString("[0].status")).isEqualTo("CANCELLED");
    }

    @Test
    void aTicketReopenedAfterItsResolutionIsDispatchedAgain() {
        String technician = fixture.technician("A", false, 1, true);
        String ticket = Fixture.ticketId();
        TicketOpened opened = fixture.fault(ticket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND);
        TestKafka.publish(opened);
        assertThat(Await.dispatch(dispatches, ticket, 1).technicianId()).isEqualTo(technician);
        Instant resolvedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TestKafka.publish(new TicketResolved(UUID.randomUUID(), resolvedAt, ticket, TicketResolved.SCHEMA_VERSION,
                resolvedAt, opened.classification(), "REMOTE_RESET", "agent-7"));
        Await.action(updates, ticket, WorkOrderAction.CANCELLED);

        // The customer calls back: the fault is there again.
        Instant reopenedAt = resolvedAt.plusSeconds(60);
        TestKafka.publish(new TicketUpdated(UUID.randomUUID(), reopenedAt, ticket, TicketUpdated.SCHEMA_VERSION,
                Set.of(TicketUpdated.Change.STATUS), TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED,
                opened.classification(), "the line is down again", "agent-7"));

        TicketDispatched again = Await.dispatch(dispatches, ticket, 2);
        assertThat(again.technicianId()).isEqualTo(technician);
        assertThat(again.reason()).isEqualTo(TicketDispatched.Reason.FIRST_ASSIGNMENT);
        assertThat(Await.workOrders(ticket).getInt("[0].visit")).isEqualTo(2);
        assertThat(Await.workOrders(ticket).getList("id")).as("one work order, its second visit").hasSize(1);
    }

    @Test
    void aDuplicateDeliveryOpensOneWorkOrder() {
        fixture.technician("A", false, 3, true);
        String ticket = Fixture.ticketId();
        TicketOpened opened = fixture.fault(ticket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND);
        TestKafka.publish(opened);
        TestKafka.publish(opened);
        // The same ticket again under a new event id (a producer retrying after a crash).
        TestKafka.publish(fixture.fault(ticket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));

        Await.dispatch(dispatches, ticket, 1);
        assertThat(updates.recordsAfter(Duration.ofSeconds(2), r -> ticket.equals(r.key())
                && EventJson.read(r.value(), WorkOrderUpdated.class).action() == WorkOrderAction.CREATED)).hasSize(1);
        assertThat(dispatches.recordsAfter(Duration.ZERO, r -> ticket.equals(r.key()))).hasSize(1);
        assertThat(Await.workOrders(ticket).getList("$")).hasSize(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        fixture.technician("A", false, 2, true);
        String malformed = Fixture.ticketId();
        String unknownKind = Fixture.ticketId();
        String good = Fixture.ticketId();
        try (TopicWatcher deadLetters = TestKafka.watch(Topics.DISPATCH_SERVICE_DEAD_LETTER)) {
            TestKafka.send(Topics.TICKET_OPENED, malformed, "{\"ticketId\": \"" + malformed + "\", ");
            String json = EventJson.write(fixture.fault(unknownKind, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND))
                    .replace("\"FAULT\"", "\"GHOST\"");
            TestKafka.send(Topics.TICKET_OPENED, unknownKind, json);
            TestKafka.publish(fixture.fault(good, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));

            ConsumerRecord<String, String> first = deadLetters.awaitRecord(r -> malformed.equals(r.key()));
            ConsumerRecord<String, String> second = deadLetters.awaitRecord(r -> unknownKind.equals(r.key()));
            assertThat(reason(first)).isNotBlank();
            assertThat(reason(second)).contains("kind");
            assertThat(second.value()).isEqualTo(json);
        }
        assertThat(Await.dispatch(dispatches, good, 1).technicianId()).isEqualTo(fixture.technicianId("A"));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
