package org.faultdesk.notification.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.faultdesk.platform.test.TestIdentity.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.NotificationFailed;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.Topics;
import org.faultdesk.notification.ChannelServers;
import org.faultdesk.notification.Channels;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestClock;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/** The gateway fails, the supervisor does not answer: retries with backoff, repetitions until acknowledged. */
@QuarkusTest
class RetriesAndRepeatsTest {

    /** The test profile repeats critical escalations every 15 minutes, like production's default. */
    private static final Duration PAST_REPEAT_INTERVAL = Duration.ofMinutes(16);

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry registry;

    @Test
    void aGatewayThatAnswers503IsRetriedUntilItAccepts() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        String scenario = "gateway-down-" + ticketId;
        for (int i = 0; i < 3; i++) {
            ChannelServers.http().stubFor(post(urlEqualTo(ChannelServers.SMS_PATH)).atPriority(1)
                    .withRequestBody(containing(ticketId))
                    .inScenario(scenario).whenScenarioStateIs(i == 0 ? STARTED : "failed-" + i)
                    .willSetStateTo("failed-" + (i + 1))
                    .willReturn(aResponse().withStatus(503).withBody("maintenance")));
        }

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false));

        List<Channels.Sms> requests = Channels.awaitSms(ticketId, 4);
        assertThat(requests).hasSize(4);
        // Every retry is the same message: the gateway can drop duplicates by this key.
        assertThat(requests).extracting(Channels.Sms::messageId).containsOnly(requests.get(0).messageId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> sms = admin().queryParam("ticketId", ticketId)
                    .get("/api/v1/deliveries").then().statusCode(200)
                    .extract().path("find { it.channel == 'SMS' && it.recipient != 'customer' }");
            assertThat(sms).containsEntry("status", "SENT").containsEntry("attempts", 4);
        });
    }

    @Test
    void aMessageTheGatewayRefusesIsMarkedFailedAndCounted() {
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        ChannelServers.http().stubFor(post(urlEqualTo(ChannelServers.SMS_PATH)).atPriority(1)
                .withRequestBody(containing(ticketId))
                .willReturn(aResponse().withStatus(503)));
        double failedBefore = failedSms();
        TopicWatcher failures = TestKafka.watch(Topics.NOTIFICATION_FAILED);

        TicketEscalated escalated = TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false);
        TestKafka.publish(escalated);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin()
                .queryParam("recipient", manager).queryParam("status", "FAILED")
                .get("/api/v1/deliveries").then().statusCode(200)
                .body("size()", is(1))
                .body("[0].channel", is("SMS"))
                .body("[0].attempts", is(5))
                .body("[0].lastError", containsString("503")));
        assertThat(Channels.sms(ticketId)).hasSize(5);
        assertThat(failedSms()).isGreaterThanOrEqualTo(failedBefore + 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("faultdesk_notification_failed_total{channel=\"SMS\""))
                .body(containsString("faultdesk_notification_pending"));
        // The e-mail went out regardless: one channel failing does not hold the others.
        assertThat(Channels.awaitMails(ticketId, 1)).hasSize(1);
        // And the failure is announced on Kafka, once, naming the recipient by id only.
        try (failures) {
            // The manager's SMS failure; the customer's notice of the escalation fails on its own queue.
            NotificationFailed failed = EventJson.read(failures.awaitRecord(r -> ticketId.equals(r.key())
                    && EventJson.read(r.value(), NotificationFailed.class).recipient().equals(manager)).value(),
                    NotificationFailed.class);
            assertThat(failed.sourceEventId()).isEqualTo(escalated.eventId());
            assertThat(failed.recipient()).isEqualTo(manager);
            assertThat(failed.channel()).isEqualTo("SMS");
            assertThat(failed.attempts()).isEqualTo(5);
            assertThat(failed.reason()).contains("503");
        }
    }

    @Test
    void anUnacknowledgedCriticalEscalationIsRepeatedUntilAcknowledged() {
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String otherArea = Supervisors.area();
        String elsewhere = Supervisors.onCall(EscalationRole.AREA_MANAGER, otherArea, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        TicketEscalated event = TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, true);

        TestKafka.publish(event);
        assertThat(Channels.awaitSms(ticketId, 1).get(0).text()).contains("严重升级").doesNotContain("次提醒");

        clock.advance(PAST_REPEAT_INTERVAL);
        List<Channels.Sms> afterRepeat = Channels.awaitSms(ticketId, 2);
        assertThat(afterRepeat).extracting(Channels.Sms::text).anyMatch(text -> text.contains("第1次提醒"));
        assertThat(Channels.awaitMails(ticketId, 2)).anyMatch(mail -> mail.subject().contains("第1次提醒"));

        // Only the supervisor it was routed to may take it in hand; a body naming someone else is ignored.
        supervisor(elsewhere).post("/api/v1/escalations/{id}/acknowledgement", event.eventId())
                .then().statusCode(403).body("type", is("/problems/not-your-escalation"));
        supervisor(manager).contentType(ContentType.JSON).body(Map.of("acknowledgedBy", "P-GZ-AM-01"))
                .post("/api/v1/escalations/{id}/acknowledgement", event.eventId())
                .then().statusCode(200)
                .body("acknowledgedBy", is(manager))
                .body("repeats", is(1))
                .body("nextRepeatAt", nullValue());

        clock.advance(PAST_REPEAT_INTERVAL);
        Channels.assertSmsStays(ticketId, 2);
    }

    @Test
    void aResolvedTicketsEscalationIsNotRepeated() {
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String otherArea = Supervisors.area();
        String elsewhere = Supervisors.onCall(EscalationRole.AREA_MANAGER, otherArea, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        TicketEscalated event = TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, true);
        TestKafka.publish(event);
        Channels.awaitSms(ticketId, 1);

        TestKafka.publish(TestEvents.resolved(ticketId, area, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin()
                .get("/api/v1/escalations/{id}", event.eventId()).then().statusCode(200)
                .body("nextRepeatAt", nullValue()));

        clock.advance(PAST_REPEAT_INTERVAL);
        Channels.assertSmsStays(ticketId, 1);
    }

    private double failedSms() {
        return registry.find("faultdesk.notification.failed").tag("channel", "SMS").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
