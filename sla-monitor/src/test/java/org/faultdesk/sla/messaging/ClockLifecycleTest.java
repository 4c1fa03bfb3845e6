package org.faultdesk.sla.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.ops;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.CustomerTier;
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
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A ticket's clock end to end: real Kafka and PostgreSQL, time moved by the test's clock. */
@QuarkusTest
class ClockLifecycleTest {

    private static final Duration QUIET = Duration.ofSeconds(2);

    @Inject
    TestClock clock;

    private final ClockTopics topics = new ClockTopics();

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void warningAndBreachFireOnceEachAtTheirTime() {
        String ticketId = Tickets.newId();
        Instant opened = clock.instant();
        TestKafka.publish(Tickets.opened(ticketId, Tickets.eightHours("AREA-" + ticketId), opened));
        SlaClockStarted started = topics.deadlines.awaitEvent(SlaClockStarted.class, restoreClockOf(ticketId));
        assertThat(started.change()).isEqualTo(SlaClockStarted.Change.STARTED);
        assertThat(started.restoreDeadline()).isEqualTo(opened.plus(Duration.ofHours(8)));
        assertThat(started.policyKey()).isEqualTo("ent-internet-city-ordinary");

        clock.advance(Duration.ofHours(4).plusSeconds(1));
        SlaWarningRaised warning = topics.warnings.awaitEvent(SlaWarningRaised.class, restoreClockOf(ticketId));
        assertThat(warning.stage()).isEqualTo(1);
        assertThat(warning.targetRole()).isEqualTo(EscalationRole.TEAM_LEAD);
        assertThat(warning.dueAt()).isEqualTo(opened.plus(Duration.ofHours(4)));

        clock.advance(Duration.ofHours(4));
        List<TicketEscalated> breach = topics.escalations.awaitEvents(TicketEscalated.class, restoreClockOf(ticketId), 2,
                Duration.ofSeconds(30));
        assertThat(breach).extracting(TicketEscalated::targetRole)
                .containsExactlyInAnyOrder(EscalationRole.AREA_MANAGER, EscalationRole.CUSTOMER_SERVICE_CENTRE);
        assertThat(breach).allSatisfy(e -> {
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.critical()).isTrue();
            assertThat(e.elapsedPercent()).isEqualTo(100);
            assertThat(e.overdueBy()).isEqualTo(Duration.ZERO);
            assertThat(e.restoreDeadline()).isEqualTo(opened.plus(Duration.ofHours(8)));
        });

        assertThat(ofTicket(topics.warnings.recordsAfter(QUIET, restoreClockOf(ticketId)), SlaWarningRaised.class))
                .extracting(SlaWarningRaised::targetRole)
                .as("stage 1 and stage 2 (80%%) once each").containsExactly(EscalationRole.TEAM_LEAD, EscalationRole.DUTY_MANAGER);
        assertThat(topics.escalations.recordsAfter(QUIET, restoreClockOf(ticketId))).hasSize(2);

        ops().get("/sla/clocks/{id}", ticketId).then().statusCode(200)
                .body("state", equalTo("RUNNING"))
                .body("elapsedPercent", equalTo(100))
                .body("stages[2].status", equalTo("FIRED"))
                .body("stages[3].status", equalTo("PENDING"))
                .body("stages[3].dueAt", equalTo(opened.plus(Duration.ofHours(12)).toString()));
    }

    @Test
    void aResolvedTicketFiresNothingFurther() {
        String ticketId = Tickets.newId();
        TicketClassification classification = Tickets.eightHours("AREA-" + ticketId);
        Instant opened = openAndAwaitClock(ticketId, classification);

        TestKafka.publish(Tickets.resolved(ticketId, classification, opened.plus(Duration.ofHours(3))));
        SlaClockStopped stopped = topics.stops.awaitEvent(SlaClockStopped.class, restoreClockOf(ticketId));
        assertThat(stopped.outcome()).isEqualTo(SlaOutcome.MET);
        assertThat(stopped.timeToRestore()).isEqualTo(Duration.ofHours(3));

        clock.advance(Duration.ofHours(20));
        assertThat(topics.warnings.recordsAfter(QUIET, restoreClockOf(ticketId))).isEmpty();
        assertThat(topics.escalations.recordsAfter(Duration.ZERO, restoreClockOf(ticketId))).isEmpty();
        ops().get("/sla/clocks/{id}", ticketId).then().statusCode(200)
                .body("state", equalTo("STOPPED"))
                .body("outcome", equalTo("MET"))
                .body("timeToRestore", equalTo("PT3H"))
                .body("stages[0].status", equalTo("NOT_DUE"));
    }

    @Test
    void aPauseMovesTheDeadlineAndTheStages() {
        String ticketId = Tickets.newId();
        TicketClassification classification = Tickets.eightHours("AREA-" + ticketId);
        Instant opened = openAndAwaitClock(ticketId, classification);

        TestKafka.publish(Tickets.status(ticketId, classification, TicketStatus.IN_PROGRESS, TicketStatus.PENDING,
                opened.plus(Duration.ofHours(1))));
        SlaClockStarted paused = awaitChange(ticketId, SlaClockStarted.Change.PAUSED);
        assertThat(paused.clockState()).isEqualTo(SlaClockStarted.ClockState.PAUSED);
        assertThat(paused.restoreDeadline()).isNull();

        clock.advance(Duration.ofHours(6));
        ops().get("/sla/clocks/{id}", ticketId).then().statusCode(200)
                .body("state", equalTo("PAUSED"))
                .body("elapsed", equalTo("PT1H"))
                .body("projectedDeadline", equalTo(opened.plus(Duration.ofHours(13)).toString()))
                .body("stages[0].dueAt", nullValue());
        assertThat(topics.warnings.recordsAfter(QUIET, restoreClockOf(ticketId))).as("no stage while paused").isEmpty();

        TestKafka.publish(Tickets.status(ticketId, classification, TicketStatus.PENDING, TicketStatus.IN_PROGRESS,
                opened.plus(Duration.ofHours(6))));
        SlaClockStarted resumed = awaitChange(ticketId, SlaClockStarted.Change.RESUMED);
        assertThat(resumed.pausedTotal()).isEqualTo(Duration.ofHours(5));
        assertThat(resumed.restoreDeadline()).isEqualTo(opened.plus(Duration.ofHours(13)));

        clock.advance(Duration.ofHours(3).plusSeconds(1));
        SlaWarningRaised warning = topics.warnings.awaitEvent(SlaWarningRaised.class, restoreClockOf(ticketId));
        assertThat(warning.dueAt()).isEqualTo(opened.plus(Duration.ofHours(9)));
    }

    @Test
    void aChangeOfTierRecomputesKeepingTheElapsedTime() {
        String ticketId = Tickets.newId();
        TicketClassification ordinary = Tickets.eightHours("AREA-" + ticketId);
        Instant opened = openAndAwaitClock(ticketId, ordinary);

        TestKafka.publish(Tickets.reclassified(ticketId, Tickets.withTier(ordinary, CustomerTier.AAA),
                opened.plus(Duration.ofMinutes(30))));
        SlaClockStarted recomputed = awaitChange(ticketId, SlaClockStarted.Change.RECOMPUTED);
        assertThat(recomputed.restoreDeadline()).isEqualTo(opened.plus(Duration.ofHours(2)));
        assertThat(recomputed.policyKey()).isEqualTo("ent-internet-city-aaa");
        assertThat(recomputed.startedAt()).isEqualTo(opened);

        ops().get("/sla/clocks/{id}", ticketId).then().statusCode(200)
                .body("restoreDeadline", equalTo(opened.plus(Duration.ofHours(2)).toString()))
                .body("allowance", equalTo("2 HOURS"))
                .body("classification.customerTier", equalTo("AAA"));
    }

    @Test
    void aReopenedTicketContinuesItsClock() {
        String ticketId = Tickets.newId();
        TicketClassification classification = Tickets.eightHours("AREA-" + ticketId);
        Instant opened = openAndAwaitClock(ticketId, classification);
        TestKafka.publish(Tickets.resolved(ticketId, classification, opened.plus(Duration.ofHours(2))));
        topics.stops.awaitEvent(SlaClockStopped.class, restoreClockOf(ticketId));

        TestKafka.publish(Tickets.status(ticketId, classification, TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS,
                opened.plus(Duration.ofHours(5))));
        SlaClockStarted reopened = awaitChange(ticketId, SlaClockStarted.Change.REOPENED);
        assertThat(reopened.restoreDeadline()).isEqualTo(opened.plus(Duration.ofHours(11)));
        assertThat(reopened.pausedTotal()).isEqualTo(Duration.ofHours(3));
    }

    private Instant openAndAwaitClock(String ticketId, TicketClassification classification) {
        Instant opened = clock.instant();
        TestKafka.publish(Tickets.opened(ticketId, classification, opened));
        topics.deadlines.awaitEvent(SlaClockStarted.class, restoreClockOf(ticketId));
        return opened;
    }

    private SlaClockStarted awaitChange(String ticketId, SlaClockStarted.Change change) {
        ConsumerRecord<String, String> record = topics.deadlines.awaitRecord(r -> restoreClockOf(ticketId).test(r)
                && EventJson.read(r.value(), SlaClockStarted.class).change() == change);
        return EventJson.read(record.value(), SlaClockStarted.class);
    }

    /** This class is about the restore clock: a fault's work-order clock runs beside it (ResponseClocksTest). */
    private static Predicate<ConsumerRecord<String, String>> restoreClockOf(String ticketId) {
        return TopicWatcher.clockOf(ticketId, SlaClocks.RESTORE);
    }

    private static <T extends org.faultdesk.events.TicketEvent> List<T> ofTicket(List<ConsumerRecord<String, String>> records,
                                                                                   Class<T> type) {
        return records.stream().map(r -> EventJson.read(r.value(), type)).toList();
    }
}
