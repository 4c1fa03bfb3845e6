package org.faultdesk.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.notification.Channels;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestClock;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.notification.app.DeliveryQueue;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * ticket-updated: a cancelled, rejected or closed ticket pages nobody any more, and its customer hears
 * no more of work on it; a reopened one is unresolved again.
 */
@QuarkusTest
class TicketUpdatesTest {

    /** The test profile repeats critical escalations every 15 minutes, like production's default. */
    private static final Duration PAST_REPEAT_INTERVAL = Duration.ofMinutes(16);

    @Inject
    TestClock clock;

    @Inject
    DeliveryQueue queue;

    @Test
    void aCancelledTicketsEscalationIsNoLongerRepeatedAndADuplicateCancellationChangesNothing() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        TestKafka.publish(TestEvents.opened(ticketId, area));
        TicketEscalated escalated = TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, true);
        TestKafka.publish(escalated);
        Channels.awaitSms(ticketId, 1);
        admin().get("/api/v1/escalations/{id}", escalated.eventId()).then().body("nextRepeatAt", notNullValue());

        TicketUpdated cancelled = TestEvents.statusChanged(ticketId, area, TicketStatus.IN_PROGRESS, TicketStatus.CANCELLED);
        TestKafka.publish(cancelled);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin()
                .get("/api/v1/escalations/{id}", escalated.eventId()).then().statusCode(200)
                .body("nextRepeatAt", nullValue()));
        clock.advance(PAST_REPEAT_INTERVAL);
        Channels.assertSmsStays(ticketId, 1);
        List<Map<String, Object>> logBefore = deliveries(ticketId);

        try (TopicWatcher deadLetters = TestKafka.watch(Topics.NOTIFICATION_SERVICE_DEAD_LETTER)) {
            TestKafka.publish(cancelled);
            ConsumerRecord<String, String> marker = awaitConsumed(deadLetters, Topics.TICKET_UPDATED, ticketId);
            // The same dead-letter strategy as every other channel, with the reason.
            assertThat(new String(marker.headers().lastHeader("dead-letter-reason").value()))
                    .contains("invalid TicketUpdated");
        }
        assertThat(deliveries(ticketId)).isEqualTo(logBefore);
        admin().get("/api/v1/escalations/{id}", escalated.eventId()).then()
                .body("repeats", is(0)).body("nextRepeatAt", nullValue());
        clock.advance(PAST_REPEAT_INTERVAL);
        Channels.assertSmsStays(ticketId, 1);
    }

    @Test
    void messagesAboutWorkOnATicketStillWaitingWhenItIsCancelledAreWithdrawn() {
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        // Messages waiting for their retry after a failed attempt. In production the wait is up to
        // 30 min; the test profile's retries are too fast to cancel in between, so they are put in place.
        long reminder = waitingForRetry(ticketId, Notice.ESCALATION, manager);
        long dispatchNotice = waitingForRetry(ticketId, Notice.TECHNICIAN_DISPATCHED, Delivery.CUSTOMER);

        TestKafka.publish(TestEvents.statusChanged(ticketId, area, TicketStatus.ACKNOWLEDGED, TicketStatus.CANCELLED));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin()
                .queryParam("ticketId", ticketId).queryParam("status", "WITHDRAWN").get("/api/v1/deliveries")
                .then().statusCode(200).body("id", hasSize(2)).body("lastError", everyItem(is("ticket cancelled"))));
        // Past their retry time they stay withdrawn: the worker no longer tries them.
        clock.advance(Duration.ofMinutes(31));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            for (long id : List.of(reminder, dispatchNotice)) {
                Map<String, Object> row = deliveries(ticketId).stream()
                        .filter(d -> ((Number) d.get("id")).longValue() == id).findFirst().orElseThrow();
                assertThat(row).containsEntry("status", "WITHDRAWN").containsEntry("attempts", 1);
            }
        });
        Channels.assertSmsStays(ticketId, 0);
    }

    @Test
    void aClosedTicketStillGetsItsSatisfactionCallback() {
        String area = Supervisors.area();
        String ticketId = TestEvents.ticketId();
        TestKafka.publish(TestEvents.resolved(ticketId, area, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !callbacks(ticketId).isEmpty());

        try (TopicWatcher deadLetters = TestKafka.watch(Topics.NOTIFICATION_SERVICE_DEAD_LETTER)) {
            TestKafka.publish(TestEvents.statusChanged(ticketId, area, TicketStatus.RESOLVED, TicketStatus.CLOSED));
            awaitConsumed(deadLetters, Topics.TICKET_UPDATED, ticketId);
        }
        // Closing follows the restoration: the restoration and the callback about it still hold.
        assertThat(callbacks(ticketId)).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("status", "HELD"));
    }

    @Test
    void eventsArrivingAfterTheCancellationOfAnUnknownTicketTellNobody() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        Supervisors.onCall(EscalationRole.TEAM_LEAD, area, "TEAM-A", "zh-CN");
        String ticketId = TestEvents.ticketId();
        TicketEscalated escalated = TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, true);

        try (TopicWatcher deadLetters = TestKafka.watch(Topics.NOTIFICATION_SERVICE_DEAD_LETTER)) {
            // The first this service hears of the ticket is its cancellation: taken, not a dead letter.
            TestKafka.publish(TestEvents.statusChanged(ticketId, area, TicketStatus.ACKNOWLEDGED, TicketStatus.CANCELLED));
            awaitConsumed(deadLetters, Topics.TICKET_UPDATED, ticketId);
            assertThat(deadLetters.recordsAfter(Duration.ZERO, r -> ticketId.equals(r.key()))).hasSize(1);

            // Other topics are read independently: these were published before the cancellation
            // but arrive here after it.
            TestKafka.publish(TestEvents.clockStarted(ticketId));
            TestKafka.publish(TestEvents.dispatched(ticketId, area, "TEAM-A"));
            TestKafka.publish(TestEvents.warning(ticketId, area));
            TestKafka.publish(escalated);
            awaitConsumed(deadLetters, Topics.SLA_CLOCK_STARTED, ticketId);
            awaitConsumed(deadLetters, Topics.TICKET_DISPATCHED, ticketId);
            awaitConsumed(deadLetters, Topics.SLA_WARNING_RAISED, ticketId);
            awaitConsumed(deadLetters, Topics.TICKET_ESCALATED, ticketId);
        }

        // The escalation is on record, but nobody is paged or reminded, and the customer is told nothing.
        admin().get("/api/v1/escalations/{id}", escalated.eventId()).then().statusCode(200)
                .body("nextRepeatAt", nullValue());
        admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries").then().statusCode(200).body("$", empty());
        clock.advance(PAST_REPEAT_INTERVAL);
        Channels.assertSmsStays(ticketId, 0);
        assertThat(Channels.mails(ticketId)).isEmpty();
    }

    @Test
    void aReopenedTicketsNextEscalationIsRepeatedAndTheCustomerToldOfTheDelay() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        try (TopicWatcher deadLetters = TestKafka.watch(Topics.NOTIFICATION_SERVICE_DEAD_LETTER)) {
            // Resolved an hour ago, reopened now: the fault is back.
            TestKafka.publish(TestEvents.resolved(ticketId, area, Instant.now().minus(Duration.ofHours(1))));
            TestKafka.publish(TestEvents.statusChanged(ticketId, area, TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS));
            awaitConsumed(deadLetters, Topics.TICKET_RESOLVED, ticketId);
            awaitConsumed(deadLetters, Topics.TICKET_UPDATED, ticketId);
        }

        // The continued clock runs out and nobody answers the escalation.
        TicketEscalated escalated = TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, true);
        TestKafka.publish(escalated);
        Channels.awaitSms(ticketId, 1);
        admin().get("/api/v1/escalations/{id}", escalated.eventId()).then().body("nextRepeatAt", notNullValue());
        assertThat(deliveries(ticketId)).anyMatch(d -> "DELAY".equals(d.get("notice")));

        clock.advance(PAST_REPEAT_INTERVAL);
        assertThat(Channels.awaitSms(ticketId, 2)).anyMatch(sms -> sms.text().contains("第1次提醒"));
    }

    /**
     * Waits until the service has taken everything published so far on {@code topic} about the ticket:
     * a poison message with the same key follows them on their partition and reaches the dead-letter
     * topic only after them.
     */
    private static ConsumerRecord<String, String> awaitConsumed(TopicWatcher deadLetters, String topic, String ticketId) {
        String marker = "not an event: marker " + UUID.randomUUID();
        TestKafka.send(topic, ticketId, marker);
        return deadLetters.awaitRecord(r -> ticketId.equals(r.key()) && marker.equals(r.value()));
    }

    private long waitingForRetry(String ticketId, Notice notice, String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = new Delivery();
            delivery.eventId = UUID.randomUUID();
            delivery.ticketId = ticketId;
            delivery.notice = notice;
            delivery.recipient = recipient;
            delivery.channel = Channel.SMS;
            delivery.language = "zh-CN";
            delivery.params = queue.write(Map.of("ticketId", ticketId));
            delivery.status = DeliveryStatus.PENDING;
            delivery.attempts = 1;
            delivery.lastError = "HTTP 503 maintenance";
            Instant now = clock.instant();
            delivery.createdAt = now;
            delivery.nextAttemptAt = now.plus(Duration.ofMinutes(30));
            delivery.persist();
            return delivery.id;
        });
    }

    private static List<Map<String, Object>> deliveries(String ticketId) {
        return admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries").then().statusCode(200)
                .extract().path("$");
    }

    private static List<Map<String, Object>> callbacks(String ticketId) {
        return deliveries(ticketId).stream().filter(d -> "CALLBACK_REQUEST".equals(d.get("notice"))).toList();
    }
}
