package org.faultdesk.ticket.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/** The ticket follows the field and the SLA monitor, once per event, and survives poison. */
@QuarkusTest
class ListenersTest {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final TicketClassification CLASSIFICATION = new TicketClassification(TicketKind.FAULT,
            ServiceType.HOME_BROADBAND, CustomerTier.GOLD, Severity.CRITICAL, 2, FaultScope.WITHIN_CITY,
            Locality.URBAN, "GZ-TH-03");

    @Test
    void fieldStepsMoveTheTicketOnceEachEvenWhenDeliveredTwice() {
        String id = open();
        WorkOrderUpdated absent = step(id, WorkOrderAction.CUSTOMER_ABSENT, T0.plusSeconds(60), null, "nobody home");
        WorkOrderUpdated arrived = step(id, WorkOrderAction.ARRIVED, T0.plusSeconds(120), null, null);
        TestKafka.publish(absent);
        TestKafka.publish(arrived);
        TestKafka.publish(absent); // redelivered: must not put the ticket back to pending
        TestKafka.publish(step(id, WorkOrderAction.SUPPORT_REQUESTED, T0.plusSeconds(180), null, "marker: need OTDR"));

        JsonPath ticket = awaitTicket(id, t -> t.getList("note.text").contains("marker: need OTDR"));
        assertThat(ticket.getString("status")).isEqualTo("inProgress");
        assertThat(ticket.getList("statusChangeHistory.status")).containsExactly("acknowledged", "pending", "inProgress");
        assertThat(ticket.getString("statusChangeHistory[1].changeDate")).isEqualTo(T0.plusSeconds(60).toString());
        assertThat(ticket.getString("statusChangeHistory[1].changeReason"))
                .isEqualTo("work order WO-" + id + ": customer absent at the visit");
        assertThat(ticket.getString("statusChangeHistory[1].actor")).isEqualTo("TECH-GZ-0219");
        assertThat(ticket.getString("statusChangeDate")).isEqualTo(T0.plusSeconds(120).toString());
        // Other engineers' dispatch-service on the shared broker may add notes of its own to our tickets.
        assertThat(ticket.getList("note.findAll { it.author == 'TECH-GZ-0219' }.text"))
                .containsExactly("nobody home", "marker: need OTDR");
    }

    @Test
    void aRebookingByTheCustomerPutsTheTicketToPending() {
        String id = open();
        TestKafka.publish(step(id, WorkOrderAction.APPOINTMENT_REBOOKED_BY_CUSTOMER, T0.plusSeconds(30), null, null));

        JsonPath ticket = awaitTicket(id, t -> "pending".equals(t.getString("status")));
        assertThat(ticket.getString("statusChangeReason")).endsWith("rebooked at the customer's request");
    }

    @Test
    void aCompletedWorkOrderResolvesTheTicketAndPublishesTicketResolved() {
        String id = open();
        try (TopicWatcher resolved = TestKafka.watch(Topics.TICKET_RESOLVED)) {
            TestKafka.publish(step(id, WorkOrderAction.COMPLETED, T0.plusSeconds(300), "FIBRE_SPLICED", null));

            TicketResolved event = resolved.awaitEvents(TicketResolved.class, id, 1, CONSUMED).get(0);
            assertThat(event.resolvedAt()).isEqualTo(T0.plusSeconds(300));
            assertThat(event.resolutionCode()).isEqualTo("FIBRE_SPLICED");
            assertThat(event.actor()).isEqualTo("TECH-GZ-0219");
        }
        agent().get(TICKETS + "/" + id).then()
                .body("status", equalTo("resolved"))
                .body("resolutionDate", equalTo(T0.plusSeconds(300).toString()))
                .body("resolutionCode", equalTo("FIBRE_SPLICED"))
                .body("callback.state", equalTo("OPEN")); // the customer-service centre calls back (回访)
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextStepIsStillHandled() {
        String id = open();
        try (TopicWatcher deadLetters = TestKafka.watch(Topics.TICKET_SERVICE_DEAD_LETTER)) {
            TestKafka.send(Topics.WORK_ORDER_UPDATED, id, "{\"ticketId\": \"" + id + "\", not json");
            String unknownAction = """
                    {"eventId": "%s", "occurredAt": "2026-11-23T08:00:00Z", "ticketId": "%s", "schemaVersion": 1,
                     "workOrderId": "WO-1", "action": "TELEPORTED", "actor": "TECH-1"}""".formatted(UUID.randomUUID(), id);
            TestKafka.send(Topics.WORK_ORDER_UPDATED, id, unknownAction);
            TestKafka.publish(step(id, WorkOrderAction.ARRIVED, T0.plusSeconds(60), null, null));

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(r -> id.equals(r.key()), 2, CONSUMED);
            assertThat(dead.get(0).value()).contains("not json");
            assertThat(dead.get(1).value()).contains("TELEPORTED");
            assertThat(header(dead.get(1), "dead-letter-reason")).contains("action").contains("TELEPORTED");
        }
        awaitTicket(id, t -> "inProgress".equals(t.getString("status")));
    }

    @Test
    void stepsForTicketsOfOthersAndStepsTheLifecycleRefusesAreSkipped() {
        String id = open();
        agent().contentType("application/merge-patch+json").body("{\"status\": \"cancelled\"}")
                .patch(TICKETS + "/" + id).then().statusCode(200);
        TestKafka.publish(step("TT-SOMEONE-ELSES-" + UUID.randomUUID(), WorkOrderAction.COMPLETED, T0, "X", null));
        TestKafka.publish(step(id, WorkOrderAction.ARRIVED, T0.plusSeconds(10), null, null));
        TestKafka.publish(step(id, WorkOrderAction.SUPPORT_REQUESTED, T0.plusSeconds(20), null, "marker: after cancel"));

        JsonPath ticket = awaitTicket(id, t -> t.getList("note.text").contains("marker: after cancel"));
        assertThat(ticket.getString("status")).isEqualTo("cancelled");
        assertThat(ticket.getList("statusChangeHistory.status")).containsExactly("acknowledged", "cancelled");
    }

    @Test
    void slaFactsShowTheRestoreDeadlineTheEscalationLevelAndTheOutcome() {
        String id = open();
        Instant deadline = T0.plus(Duration.ofHours(24));
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0, id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, T0, deadline, Allowance.hours(24),
                "HOME_BROADBAND/URBAN", false, Duration.ZERO));
        awaitTicket(id, t -> deadline.toString().equals(t.getString("expectedResolutionDate")));

        TestKafka.publish(new SlaWarningRaised(UUID.randomUUID(), T0.plusSeconds(10), id, SlaWarningRaised.SCHEMA_VERSION,
                1, EscalationRole.TEAM_LEAD, 50, T0.plusSeconds(10), deadline, CLASSIFICATION, "TECH-GZ-0219"));
        JsonPath warned = awaitTicket(id, t -> t.getInt("escalationStage") == 1);
        assertThat(warned.getInt("escalationLevel")).isZero();
        assertThat(warned.getString("escalationRole")).isEqualTo("TEAM_LEAD");

        TestKafka.publish(new TicketEscalated(UUID.randomUUID(), T0.plusSeconds(20), id, TicketEscalated.SCHEMA_VERSION,
                2, EscalationRole.AREA_MANAGER, 100, T0.plusSeconds(20), deadline, Duration.ZERO, true, CLASSIFICATION,
                "TECH-GZ-0219"));
        JsonPath escalated = awaitTicket(id, t -> t.getInt("escalationLevel") == 2);
        assertThat(escalated.getString("escalationRole")).isEqualTo("AREA_MANAGER");

        TestKafka.publish(new SlaClockStopped(UUID.randomUUID(), T0.plusSeconds(30), id, SlaClockStopped.SCHEMA_VERSION,
                SlaOutcome.BREACHED, T0, T0.plusSeconds(30), deadline, Duration.ofSeconds(30), Duration.ZERO,
                CLASSIFICATION));
        awaitTicket(id, t -> "BREACHED".equals(t.getString("slaOutcome")));
    }

    @Test
    void aResponseClockIsShownBesideTheRestoreDeadlineAndStaysMetWhateverArrivesLate() {
        String id = open();
        Instant due = T0.plus(Duration.ofMinutes(10));
        // The stop first: sla-clock-stopped and sla-clock-started are not ordered with each other.
        TestKafka.publish(new SlaClockStopped(UUID.randomUUID(), T0.plusSeconds(5), id, SlaClockStopped.SCHEMA_VERSION,
                SlaOutcome.MET, T0, T0.plusSeconds(4), due, Duration.ofSeconds(4), Duration.ZERO, CLASSIFICATION,
                "work-order"));
        awaitTicket(id, t -> "MET".equals(t.getString("responseDeadline.find { it.clock == 'work-order' }.state")));
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0, id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, T0, due,
                new Allowance(10, Allowance.Unit.MINUTES), "fault-work-order", false, Duration.ZERO, "work-order"));
        // The restore clock's announcement after it, on the same partition: once shown, the late one was handled.
        Instant restoreDeadline = T0.plus(Duration.ofHours(24));
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0, id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, T0, restoreDeadline,
                Allowance.hours(24), "bb-repair-urban", false, Duration.ZERO));
        JsonPath ticket = awaitTicket(id, t -> restoreDeadline.toString().equals(t.getString("expectedResolutionDate")));
        assertThat(ticket.getString("responseDeadline.find { it.clock == 'work-order' }.state")).isEqualTo("MET");
        assertThat(ticket.getString("responseDeadline.find { it.clock == 'work-order' }.metAt"))
                .isEqualTo(T0.plusSeconds(4).toString());
        assertThat(ticket.getString("responseDeadline.find { it.clock == 'work-order' }.deadline")).isEqualTo(due.toString());
        assertThat(ticket.getString("slaOutcome")).as("the restore clock runs on").isNull();

        // The visit's booking clock paused, then an older announcement (still running) arrives: it changes nothing.
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0.plusSeconds(60), id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.PAUSED, SlaClockStarted.ClockState.PAUSED, T0, null, Allowance.hours(2),
                "home-broadband-visit-booked", false, Duration.ZERO, "visit-booked"));
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0.plusSeconds(30), id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, T0, T0.plus(Duration.ofHours(2)),
                Allowance.hours(2), "home-broadband-visit-booked", false, Duration.ZERO, "visit-booked"));
        Instant recomputed = restoreDeadline.plus(Duration.ofHours(1));
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0.plusSeconds(90), id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.RECOMPUTED, SlaClockStarted.ClockState.RUNNING, T0, recomputed,
                Allowance.hours(25), "bb-repair-urban", false, Duration.ZERO));
        JsonPath paused = awaitTicket(id, t -> recomputed.toString().equals(t.getString("expectedResolutionDate")));
        assertThat(paused.getString("responseDeadline.find { it.clock == 'visit-booked' }.state")).isEqualTo("PAUSED");
        assertThat(paused.getString("responseDeadline.find { it.clock == 'visit-booked' }.deadline")).isNull();

        // A missed response goes to the duty manager, not into the ticket's (restore) escalation.
        TestKafka.publish(new TicketEscalated(UUID.randomUUID(), T0.plusSeconds(20), id, TicketEscalated.SCHEMA_VERSION,
                1, EscalationRole.DUTY_MANAGER, 100, due, due, Duration.ZERO, true, CLASSIFICATION, null, "work-order"));
        TestKafka.publish(new TicketEscalated(UUID.randomUUID(), T0.plusSeconds(30), id, TicketEscalated.SCHEMA_VERSION,
                1, EscalationRole.AREA_MANAGER, 100, restoreDeadline, restoreDeadline, Duration.ZERO, true,
                CLASSIFICATION, null));
        JsonPath escalated = awaitTicket(id, t -> t.getInt("escalationLevel") == 1);
        assertThat(escalated.getString("escalationRole")).isEqualTo("AREA_MANAGER");
    }

    @Test
    void aPausedClockLeavesNoExpectedResolutionDate() {
        String id = open();
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0, id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.STARTED, SlaClockStarted.ClockState.RUNNING, T0, T0.plusSeconds(3600),
                Allowance.hours(1), "P", false, Duration.ZERO));
        TestKafka.publish(new SlaClockStarted(UUID.randomUUID(), T0.plusSeconds(60), id, SlaClockStarted.SCHEMA_VERSION,
                SlaClockStarted.Change.PAUSED, SlaClockStarted.ClockState.PAUSED, T0, null, Allowance.hours(1), "P",
                false, Duration.ZERO));

        JsonPath ticket = awaitTicket(id, t -> "PAUSED".equals(t.getString("slaClockState")));
        assertThat(ticket.getString("expectedResolutionDate")).isNull();
    }

    private static WorkOrderUpdated step(String ticketId, WorkOrderAction action, Instant at, String resolutionCode,
                                         String note) {
        return new WorkOrderUpdated(UUID.randomUUID(), at, ticketId, WorkOrderUpdated.SCHEMA_VERSION, "WO-" + ticketId,
                action, "TECH-GZ-0219", null, null, resolutionCode, note, "TECH-GZ-0219");
    }

    private static JsonPath awaitTicket(String id, Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(CONSUMED).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = agent().get(TICKETS + "/" + id).then().statusCode(200).extract().jsonPath();
            return condition.test(last[0]);
        });
        return last[0];
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
