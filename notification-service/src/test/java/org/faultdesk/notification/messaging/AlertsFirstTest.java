package org.faultdesk.notification.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.notification.ChannelServers;
import org.faultdesk.notification.Channels;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestClock;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.platform.test.TestKafka;
import org.junit.jupiter.api.Test;

/**
 * Supervisor alerts never wait behind customer notices: with a storm of customer notices queued
 * and each one slow (ticket-service takes 2 s to give the customer's contact), an escalation's
 * SMS goes out while most of the storm is still waiting.
 */
@QuarkusTest
class AlertsFirstTest {

    private static final int STORM = 8;

    @Inject
    DeliveryStore deliveries;

    @Inject
    TestClock clock;

    @Test
    void anEscalationOvertakesAStormOfCustomerNotices() {
        String storm = "TT-STORM-" + UUID.randomUUID().toString().substring(0, 8);
        // Eight customers (one number each: the per-address limit is not what this test is about).
        for (int i = 0; i < STORM; i++) {
            ChannelServers.http().stubFor(get(urlPathMatching("/internal/v1/tickets/" + storm + "-" + i + "/customer-contact"))
                    .atPriority(1).willReturn(okJson("""
                            {"ticketId":"x","name":"张三","phone":"1380013800%d","email":"zhang.san@customer.example",
                             "address":"天河路1号","language":"zh-CN"}""".formatted(i)).withFixedDelay(2000)));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < STORM; i++) {
                String params = "{\"ticketId\":\"" + storm + "-" + i + "\",\"deadlineAt\":\"2026-11-25T10:00:00Z\",\"hotline\":\"10010\"}";
                deliveries.insertOnce(UUID.randomUUID(), storm + "-" + i, Notice.TICKET_OPENED, Delivery.CUSTOMER,
                        Channel.SMS, 0, "zh-CN", params, DeliveryStatus.PENDING, clock.instant(), clock.instant());
            }
        });
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();

        TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false));

        assertThat(Channels.awaitSms(ticketId, 1)).isNotEmpty();
        List<String> stormStatuses = admin().queryParam("recipient", Delivery.CUSTOMER).queryParam("limit", 1000)
                .get("/api/v1/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.ticketId.startsWith('" + storm + "') }.status");
        assertThat(stormStatuses).hasSize(STORM);
        assertThat(stormStatuses.stream().filter("SENT"::equals).count())
                .as("customer notices sent before the manager's SMS went out").isLessThan(STORM / 2);
        // And the storm itself goes out, behind the alert: the notices are good, only slow.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin()
                .queryParam("recipient", Delivery.CUSTOMER).queryParam("status", "SENT").queryParam("limit", 1000)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.ticketId.startsWith('" + storm + "') }")).hasSize(STORM));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin().queryParam("recipient", manager)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("status")).contains("SENT"));
    }
}
