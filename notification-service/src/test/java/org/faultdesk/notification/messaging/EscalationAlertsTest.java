package org.faultdesk.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.notification.Channels;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.platform.test.TestKafka;
import org.junit.jupiter.api.Test;

/** A TicketEscalated on the real broker reaches the person on call by e-mail (GreenMail) and SMS (WireMock). */
@QuarkusTest
class EscalationAlertsTest {

    @Test
    void anEscalationReachesTheDutyManagerByEmailAndSmsWithTheFactsThatMatter() {
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false));

        Channels.Mail mail = Channels.awaitMails(ticketId, 1).get(0);
        assertThat(mail.to()).isEqualTo(Supervisors.email(manager));
        assertThat(mail.subject()).contains(ticketId, "第2级", "值班经理");
        // Tier, restore deadline (20:15 Shanghai time) and how late it is.
        assertThat(mail.text()).contains("AAA", "2026-11-23 20:15", "已超时：1小时30分钟");

        Channels.Sms sms = Channels.awaitSms(ticketId, 1).get(0);
        assertThat(sms.to()).startsWith("+86139");
        assertThat(sms.text()).contains(ticketId, "AAA", "2026-11-23 20:15", "1小时30分钟");
        assertThat(sms.authorization()).startsWith("Basic ");

        // The delivery log: e-mail, SMS and the live feed, each sent once, the phone masked.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> admin()
                .queryParam("ticketId", ticketId)
                .queryParam("status", "SENT")
                .get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("findAll { it.recipient != 'customer' }.channel", containsInAnyOrder("EMAIL", "SMS", "FEED")));
        String maskedPhone = admin().queryParam("ticketId", ticketId).queryParam("recipient", manager)
                .get("/api/v1/deliveries").then().extract().path("find { it.channel == 'SMS' }.address");
        assertThat(maskedPhone).matches("\\+86\\*{4}\\d{4}");
        // One Message-ID, the delivery's own, the same at every retry: a copy is recognisably the same message.
        Map<String, Object> emailDelivery = admin().queryParam("ticketId", ticketId).queryParam("recipient", manager)
                .get("/api/v1/deliveries").then().extract().path("find { it.channel == 'EMAIL' }");
        assertThat(mail.messageId()).isEqualTo("<fd-%s.%s@faultdesk.example>",
                emailDelivery.get("id"), emailDelivery.get("eventId"));
    }

    @Test
    void englishSpeakingSupervisorsGetTheEnglishTemplate() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "en");
        String ticketId = TestEvents.ticketId();

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, false));

        Channels.Mail mail = Channels.awaitMails(ticketId, 1).get(0);
        assertThat(mail.subject()).contains("Ticket " + ticketId + " escalated to level 2 (area manager)");
        assertThat(mail.text()).contains("Restore deadline: 2026-11-23 20:15", "overdue by: 1 h 30 min");
    }

    @Test
    void aMissedResponseIsTheSupervisorsBusinessNotTheCustomers() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "en");
        String ticketId = TestEvents.ticketId();

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, "work-order"));

        Channels.Mail mail = Channels.awaitMails(ticketId, 1).get(0);
        assertThat(mail.text()).contains("Work order deadline: 2026-11-23 20:15").doesNotContain("Restore deadline");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries").then().statusCode(200)
                        .extract().<List<String>>path("collect { it.notice + ' ' + it.channel }"))
                .as("no delay notice to the customer").containsExactlyInAnyOrder("ESCALATION EMAIL", "ESCALATION SMS",
                        "ESCALATION FEED"));
    }

    @Test
    void theSameEventTwiceGivesOneMessagePerChannel() {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        TicketEscalated event = TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false);

        TestKafka.publish(event);
        TestKafka.publish(event);

        Channels.awaitMails(ticketId, 1);
        Channels.awaitSms(ticketId, 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(Channels.mails(ticketId)).hasSize(1);
            assertThat(Channels.sms(ticketId)).hasSize(1);
        });
        // The supervisor's two channels, the feed, and the customer's delay notice (the deadline is missed).
        List<String> messages = admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries")
                .then().statusCode(200).extract().path("collect { it.notice + ' ' + it.channel }");
        assertThat(messages).containsExactlyInAnyOrder("ESCALATION EMAIL", "ESCALATION SMS", "ESCALATION FEED",
                "DELAY SMS", "DELAY EMAIL");
    }

    @Test
    void withNobodyOnCallForTheRoleTheNextLevelUpIsAlerted() {
        String area = Supervisors.area();
        // Only an area manager is on call in this area: the duty manager's escalation climbs to them.
        String areaManager = Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false));

        assertThat(Channels.awaitMails(ticketId, 1).get(0).to()).isEqualTo(Supervisors.email(areaManager));
    }
}
