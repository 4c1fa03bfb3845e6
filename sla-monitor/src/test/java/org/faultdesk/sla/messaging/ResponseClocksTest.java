package org.faultdesk.sla.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.ops;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.platform.test.PrometheusText;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The response clocks beside the restore clock, one kind per test, on the real broker and
 * database: the fault's work order (10 minutes, runs through pauses), the mobile-network
 * complaint's first reply (2 working days, across the 2026 National Day week) and the home visit's
 * booking (2 hours, paused while the customer cannot be reached). Each is met by the event
 * milestones.csv names.
 */
@QuarkusTest
class ResponseClocksTest {

    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String WORK_ORDER = "work-order";
    private static final String REPLY = "complaint-reply";
    private static final String VISIT_BOOKED = "visit-booked";
    /** The series of faultdesk_sla_clocks_open that counts running response clocks past their deadline. */
    private static final String[] OVERDUE_RESPONSE_CLOCKS = {"clock=\"response\"", "state=\"running\"", "deadline=\"overdue\""};

    @Inject
    TestClock clock;

    private final ClockTopics topics = new ClockTopics();

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void aFaultsWorkOrderWithinTenMinutesMeetsItsResponseClockWhileTheRestoreClockRuns() {
        String ticketId = Tickets.newId();
        Instant opened = clock.instant();
        TestKafka.publish(Tickets.opened(ticketId, Tickets.eightHours("AREA-" + ticketId), opened));

        SlaClockStarted started = topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, WORK_ORDER));
        assertThat(started.restoreDeadline()).isEqualTo(opened.plus(Duration.ofMinutes(10)));
        assertThat(started.policyKey()).isEqualTo("fault-work-order");
        assertThat(started.isRestoreClock()).isFalse();

        // A step that proves nothing changes nothing; the work order created 3 minutes in meets the promise.
        TestKafka.publish(Tickets.workOrder(ticketId, WorkOrderAction.WAITING_FOR_TECHNICIAN, opened.plusSeconds(60)));
        TestKafka.publish(Tickets.workOrder(ticketId, WorkOrderAction.CREATED, opened.plus(Duration.ofMinutes(3))));
        SlaClockStopped met = topics.stops.awaitEvent(SlaClockStopped.class, clockOf(ticketId, WORK_ORDER));
        assertThat(met.outcome()).isEqualTo(SlaOutcome.MET);
        assertThat(met.timeToRestore()).isEqualTo(Duration.ofMinutes(3));

        ops().get("/sla/clocks/{id}", ticketId).then().statusCode(200)
                .body("clock", equalTo(SlaClocks.RESTORE))
                .body("state", equalTo("RUNNING"))
                .body("responseClocks.find { it.clock == 'work-order' }.state", equalTo("STOPPED"))
                .body("responseClocks.find { it.clock == 'work-order' }.outcome", equalTo("MET"))
                .body("responseClocks.find { it.clock == 'work-order' }.allowance", equalTo("10 MINUTES"))
                .body("responseClocks.find { it.clock == 'work-order' }.stages[0].status", equalTo("NOT_DUE"));
        assertThat(topics.stops.recordsAfter(QUIET, clockOf(ticketId, SlaClocks.RESTORE))).as("the restore clock runs on").isEmpty();
    }

    @Test
    void aWorkOrderThatIsLateWarnsThenEscalatesToTheDutyManagerOnce() {
        String ticketId = Tickets.newId();
        Instant opened = clock.instant();
        TestKafka.publish(Tickets.opened(ticketId, Tickets.eightHours("AREA-" + ticketId), opened));
        topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, WORK_ORDER));

        clock.advance(Duration.ofMinutes(8).plusSeconds(1));
        SlaWarningRaised warning = topics.warnings.awaitEvent(SlaWarningRaised.class, clockOf(ticketId, WORK_ORDER));
        assertThat(warning.targetRole()).isEqualTo(EscalationRole.TEAM_LEAD);
        assertThat(warning.dueAt()).isEqualTo(opened.plus(Duration.ofMinutes(8)));

        clock.advance(Duration.ofMinutes(2));
        TicketEscalated escalated = topics.escalations.awaitEvent(TicketEscalated.class, clockOf(ticketId, WORK_ORDER));
        assertThat(escalated.targetRole()).isEqualTo(EscalationRole.DUTY_MANAGER);
        assertThat(escalated.level()).isEqualTo(1);
        assertThat(escalated.critical()).isTrue();
        assertThat(escalated.restoreDeadline()).as("the work order's deadline").isEqualTo(opened.plus(Duration.ofMinutes(10)));
        double overdue = PrometheusText.sum(metrics(), "faultdesk_sla_clocks_open", OVERDUE_RESPONSE_CLOCKS);
        assertThat(overdue).as("open response clocks past their deadline, this one among them").isGreaterThanOrEqualTo(1);

        TestKafka.publish(Tickets.workOrder(ticketId, WorkOrderAction.CREATED, opened.plus(Duration.ofMinutes(12))));
        SlaClockStopped late = topics.stops.awaitEvent(SlaClockStopped.class, clockOf(ticketId, WORK_ORDER));
        assertThat(late.outcome()).isEqualTo(SlaOutcome.BREACHED);
        await("the gauge's next reading").atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(PrometheusText.sum(metrics(), "faultdesk_sla_clocks_open", OVERDUE_RESPONSE_CLOCKS)).as("overdue, once it stopped").isEqualTo(overdue - 1));

        assertThat(metrics().lines()
                .filter(line -> line.startsWith("faultdesk_sla_stage_lateness_seconds_count")
                        && line.contains("clock=\"response\"") && line.contains("kind=\"ESCALATION\"")))
                .as("the escalation's lateness is measured").isNotEmpty();

        clock.advance(Duration.ofMinutes(15)); // past the 200% stage, which no longer falls due
        assertThat(topics.escalations.recordsAfter(QUIET, clockOf(ticketId, WORK_ORDER))).hasSize(1);
        assertThat(topics.escalations.recordsAfter(Duration.ZERO, clockOf(ticketId, SlaClocks.RESTORE)))
                .as("the restore clock is at 5%% of its 8 hours").isEmpty();
    }

    @Test
    void aProofThatArrivesBeforeTheOpeningStillMeetsTheMilestone() {
        String ticketId = Tickets.newId();
        Instant opened = clock.instant();
        TestKafka.publish(Tickets.workOrder(ticketId, WorkOrderAction.CREATED, opened.plusSeconds(60)));
        TestKafka.publish(Tickets.opened(ticketId, Tickets.eightHours("AREA-" + ticketId), opened));

        SlaClockStopped met = topics.stops.awaitEvent(SlaClockStopped.class, clockOf(ticketId, WORK_ORDER));
        assertThat(met.outcome()).isEqualTo(SlaOutcome.MET);
        assertThat(met.timeToRestore()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aMobileNetworkComplaintIsAnsweredWithinTwoWorkingDaysCountedAcrossNationalDay() {
        String ticketId = Tickets.newId();
        TicketClassification complaint = Tickets.mobileNetworkComplaint("AREA-" + ticketId);
        // Tuesday 29 September 2026, 10:00 Beijing. Wednesday 30 is worked; 1-7 October are off; Thursday 8 is
        // the second working day. The resolution's five: 30 Sep, 8 and 9 Oct, Saturday 10 (a make-up working
        // day), then Monday 12 (Sunday 11 is off).
        TestKafka.publish(Tickets.opened(ticketId, complaint, beijing("2026-09-29T10:00")));
        SlaClockStarted reply = topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, REPLY));
        assertThat(reply.restoreDeadline()).isEqualTo(beijing("2026-10-08T10:00"));
        assertThat(reply.policyKey()).isEqualTo("complaint-reply-mobile-network");
        SlaClockStarted resolution = topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, SlaClocks.RESTORE));
        assertThat(resolution.restoreDeadline()).isEqualTo(beijing("2026-10-12T10:00"));

        // The customer is waited on: the resolution pauses, the reply owed to them does not.
        TestKafka.publish(Tickets.status(ticketId, complaint, TicketStatus.ACKNOWLEDGED, TicketStatus.PENDING,
                beijing("2026-09-30T12:00")));
        assertThat(topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, SlaClocks.RESTORE)
                .and(change(SlaClockStarted.Change.PAUSED))).clockState()).isEqualTo(SlaClockStarted.ClockState.PAUSED);

        TestKafka.publish(Tickets.note(ticketId, complaint, beijing("2026-10-08T09:30")));
        SlaClockStopped answered = topics.stops.awaitEvent(SlaClockStopped.class, clockOf(ticketId, REPLY));
        assertThat(answered.outcome()).isEqualTo(SlaOutcome.MET);
        assertThat(answered.restoreDeadline()).isEqualTo(beijing("2026-10-08T10:00"));

        assertThat(topics.deadlines.recordsAfter(QUIET, clockOf(ticketId, REPLY).and(change(SlaClockStarted.Change.PAUSED))))
                .as("the reply's clock never paused").isEmpty();
        ops().get("/sla/clocks/{id}", ticketId).then().statusCode(200)
                .body("state", equalTo("PAUSED"))
                .body("responseClocks.find { it.clock == 'complaint-reply' }.outcome", equalTo("MET"));
    }

    @Test
    void aVisitBookingClockPausesWhileTheCustomerCannotBeReached() {
        String ticketId = Tickets.newId();
        TicketClassification broadband = Tickets.homeBroadband("AREA-" + ticketId);
        Instant opened = clock.instant();
        TestKafka.publish(Tickets.opened(ticketId, broadband, opened));
        TestKafka.publish(Tickets.workOrder(ticketId, WorkOrderAction.CREATED, opened.plusSeconds(30)));
        SlaClockStarted started = topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, VISIT_BOOKED));
        assertThat(started.restoreDeadline()).isEqualTo(opened.plus(Duration.ofHours(2)));

        TestKafka.publish(Tickets.status(ticketId, broadband, TicketStatus.IN_PROGRESS, TicketStatus.PENDING,
                opened.plus(Duration.ofMinutes(30))));
        TestKafka.publish(Tickets.status(ticketId, broadband, TicketStatus.PENDING, TicketStatus.IN_PROGRESS,
                opened.plus(Duration.ofMinutes(90))));
        SlaClockStarted resumed = topics.deadlines.awaitEvent(SlaClockStarted.class, clockOf(ticketId, VISIT_BOOKED)
                .and(change(SlaClockStarted.Change.RESUMED)));
        assertThat(resumed.restoreDeadline()).as("two hours plus the hour waited").isEqualTo(opened.plus(Duration.ofHours(3)));

        TestKafka.publish(Tickets.workOrder(ticketId, WorkOrderAction.APPOINTMENT_BOOKED, opened.plus(Duration.ofMinutes(150))));
        SlaClockStopped booked = topics.stops.awaitEvent(SlaClockStopped.class, clockOf(ticketId, VISIT_BOOKED));
        assertThat(booked.outcome()).isEqualTo(SlaOutcome.MET);
        assertThat(booked.timeToRestore()).isEqualTo(Duration.ofMinutes(90));
        assertThat(booked.pausedTotal()).isEqualTo(Duration.ofHours(1));
        assertThat(topics.stops.awaitEvent(SlaClockStopped.class, clockOf(ticketId, WORK_ORDER)).timeToRestore())
                .as("the work order's clock ran through the pause").isEqualTo(Duration.ofSeconds(30));
    }

    private static String metrics() {
        return ops().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static Predicate<ConsumerRecord<String, String>> clockOf(String ticketId, String clock) {
        return TopicWatcher.clockOf(ticketId, clock);
    }

    private static Predicate<ConsumerRecord<String, String>> change(SlaClockStarted.Change change) {
        return record -> EventJson.read(record.value(), SlaClockStarted.class).change() == change;
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.CHINA).toInstant();
    }
}
