package org.faultdesk.notification.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.Topics;
import org.faultdesk.notification.ChannelServers;
import org.faultdesk.notification.Channels;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestClock;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/** Warnings to the technician's team lead, incidents to the centres, notices to the customer, poison to the dead letters. */
@QuarkusTest
class RoutingEventsTest {

    @Inject
    TestClock clock;

    @Test
    void anSlaWarningGoesToTheLeadOfTheDispatchedTechniciansTeam() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.TEAM_LEAD, area, "TEAM-A", "zh-CN");
        String leadOfB = Supervisors.onCall(EscalationRole.TEAM_LEAD, area, "TEAM-B", "zh-CN");
        String ticketId = TestEvents.ticketId();

        TestKafka.publish(TestEvents.dispatched(ticketId, area, "TEAM-B"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin().queryParam("ticketId", ticketId)
                .get("/api/v1/deliveries").then().body("notice", hasItem("TECHNICIAN_DISPATCHED")));
        TestKafka.publish(TestEvents.warning(ticketId, area));

        Channels.Mail mail = Channels.awaitMails(ticketId, 1).get(0);
        assertThat(mail.to()).isEqualTo(Supervisors.email(leadOfB));
        assertThat(mail.subject()).contains("时限预警", ticketId, "50%");
    }

    @Test
    void anSlaWarningGoesToTheRoleItsStageNames() {
        String area = Supervisors.area();
        String lead = Supervisors.onCall(EscalationRole.TEAM_LEAD, area, null, "en");
        String dutyManager = Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "en");
        String ticketId = TestEvents.ticketId();

        // The default ladder's second warning (80%) is the duty manager's, not the team lead's again.
        TestKafka.publish(TestEvents.warning(ticketId, area, 2, EscalationRole.DUTY_MANAGER, 80));

        Channels.Mail mail = Channels.awaitMails(ticketId, 1).get(0);
        assertThat(mail.to()).isEqualTo(Supervisors.email(dutyManager));
        assertThat(mail.subject()).contains("Deadline warning", ticketId, "80%");
        assertThat(mail.text()).contains("duty manager, please follow up");
        List<String> recipients = admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries")
                .then().statusCode(200).extract().path("findAll { it.channel != 'FEED' }.recipient");
        assertThat(recipients).containsOnly(dutyManager).doesNotContain(lead);
    }

    @Test
    void aSuspectedMajorIncidentIsReportedToTheControlAndCustomerServiceCentres() {
        String area = Supervisors.area();
        String ticketId = TestEvents.ticketId();
        String other = TestEvents.ticketId();
        TestKafka.publish(TestEvents.dispatched(other, area, "TEAM-A"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin().queryParam("ticketId", other)
                .get("/api/v1/deliveries").then().body("notice", hasItem("TECHNICIAN_DISPATCHED")));

        TestKafka.publish(TestEvents.majorIncident(ticketId, area, List.of(ticketId, other)));

        // The seeded province-wide centres (demo data) are on call for every area.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin()
                .queryParam("ticketId", ticketId).queryParam("status", "SENT")
                .get("/api/v1/deliveries").then().statusCode(200)
                .body("findAll { it.channel == 'EMAIL' }.recipient", containsInAnyOrder("P-GD-CC-01", "P-GD-CSC-01")));
        Channels.Mail mail = Channels.awaitMails(ticketId, 2).get(0);
        assertThat(mail.subject()).contains("升级报备", area);
        assertThat(mail.text()).contains("光猫LOS灯红", "2 张工单", "已派单 1 张", "已恢复 0 张", "2026-11-23 20:15");
    }

    @Test
    void theCustomerIsToldTheRestorePromiseTheVisitAndTheRestorationWithTheHotline() {
        String ticketId = TestEvents.ticketId();
        String phone = "+8613912345678";
        // ticket-service drops the connection once: the notice waits and is retried, not lost.
        String scenario = "contact-" + ticketId;
        ChannelServers.http().stubFor(get(urlEqualTo("/internal/v1/tickets/" + ticketId + "/customer-contact"))
                .atPriority(1).inScenario(scenario).whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ChannelServers.http().stubFor(get(urlEqualTo("/internal/v1/tickets/" + ticketId + "/customer-contact"))
                .atPriority(1).inScenario(scenario).whenScenarioStateIs("up")
                // notification-service's own token (client credentials): without one, the catch-all 404.
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {"ticketId":"%s","name":"张三","phone":"%s","email":"zhang.san@customer.example",
                         "address":"天河路1号","language":"zh-CN"}""".formatted(ticketId, phone))));

        TestKafka.publish(TestEvents.clockStarted(ticketId));
        List<Channels.Sms> opened = Channels.awaitSms(ticketId, 1);
        assertThat(opened.get(0).to()).isEqualTo(phone);
        assertThat(opened.get(0).text()).contains("张三您好", ticketId, "2026-11-23 20:15 前恢复", "10010");
        assertThat(Channels.awaitMails(ticketId, 1).get(0).to()).isEqualTo("zhang.san@customer.example");
        List<Integer> attempts = admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries")
                .then().extract().path("findAll { it.notice == 'TICKET_OPENED' }.attempts");
        assertThat(attempts).hasSize(2).contains(2);
        // The log keeps what went out, with the customer's name and address masked (PIPL).
        List<String> loggedBodies = admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries")
                .then().extract().path("findAll { it.notice == 'TICKET_OPENED' }.body");
        assertThat(loggedBodies).hasSize(2).allSatisfy(body -> assertThat(body).contains("张**", ticketId).doesNotContain("张三"));
        assertThat(admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries").then().extract()
                .<List<String>>path("findAll { it.notice == 'TICKET_OPENED' }.address"))
                .containsExactlyInAnyOrder("+86****5678", "z****@customer.example");

        Instant visit = Instant.parse("2026-11-24T01:00:00Z");
        TestKafka.publish(TestEvents.appointmentBooked(ticketId, visit));
        assertThat(Channels.awaitSms(ticketId, 2)).anyMatch(sms -> sms.text().contains("2026-11-24 09:00 至 2026-11-24 11:00"));

        Instant resolvedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TestKafka.publish(TestEvents.resolved(ticketId, "GZ-TIANHE-03", resolvedAt));
        assertThat(Channels.awaitSms(ticketId, 3)).anyMatch(sms -> sms.text().contains("业务已恢复") && sms.text().contains("10010"));

        // The satisfaction callback waits its delay (2 h by default) in the log, held.
        List<Map<String, Object>> callbacks = admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries")
                .then().statusCode(200).extract().path("findAll { it.notice == 'CALLBACK_REQUEST' }");
        assertThat(callbacks).hasSize(2).allSatisfy(callback -> {
            assertThat(callback).containsEntry("status", "HELD");
            assertThat(Instant.parse((String) callback.get("nextAttemptAt")))
                    .isEqualTo(resolvedAt.plus(Duration.ofHours(2)));
        });
        // The log keeps the customer's phone masked.
        admin().queryParam("ticketId", ticketId).queryParam("status", "SENT").get("/api/v1/deliveries")
                .then().body("findAll { it.channel == 'SMS' }.address", hasItem(is("+86****5678")));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String poisonKey = TestEvents.ticketId();
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        try (TopicWatcher deadLetters = TestKafka.watch(Topics.NOTIFICATION_SERVICE_DEAD_LETTER)) {
            TestKafka.send(Topics.TICKET_ESCALATED, poisonKey, "{\"eventId\": \"not even json");
            TestKafka.send(Topics.TICKET_ESCALATED, poisonKey + "-enum",
                    TestEventsJson.escalatedWithUnknownRole(poisonKey + "-enum"));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> poisonKey.equals(r.key()));
            assertThat(dead.value()).contains("not even json");
            assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value()))
                    .contains("invalid TicketEscalated");
            ConsumerRecord<String, String> unknownRole = deadLetters.awaitRecord(r -> (poisonKey + "-enum").equals(r.key()));
            assertThat(new String(unknownRole.headers().lastHeader("dead-letter-reason").value()))
                    .contains("targetRole");
        }

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false));
        assertThat(Channels.awaitMails(ticketId, 1)).hasSize(1);
    }
}
