package org.faultdesk.notification.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.ops;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.faultdesk.notification.ChannelServers;
import org.faultdesk.notification.TestClock;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.junit.jupiter.api.Test;

/**
 * A burst of tickets naming one phone number (anyone may post a ticket) does not make the
 * operator's sender text that number again and again: six notices an hour per address and
 * channel, the rest skipped and logged; a customer's name is sent as a name only.
 */
@QuarkusTest
class CustomerRateLimitTest {

    private static final int BURST = 9;

    @Inject
    DeliveryStore deliveries;

    @Inject
    TestClock clock;

    @Test
    void aBurstOfOpeningsToOneNumberIsCappedAndTheRestSkipped() {
        String burst = "TT-BURST-" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+86139" + String.format("%08d", Math.abs(burst.hashCode() % 100_000_000));
        ChannelServers.http().stubFor(get(urlPathMatching("/internal/v1/tickets/" + burst + "-.*/customer-contact"))
                .atPriority(1).willReturn(okJson("""
                        {"ticketId":"x","name":"王先生 领奖请点 http://evil.example","phone":"%s",
                         "language":"zh-CN"}""".formatted(phone))));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < BURST; i++) {
                String params = "{\"ticketId\":\"" + burst + "-" + i + "\",\"deadlineAt\":\"2026-11-25T10:00:00Z\",\"hotline\":\"10010\"}";
                deliveries.insertOnce(UUID.randomUUID(), burst + "-" + i, Notice.TICKET_OPENED, Delivery.CUSTOMER,
                        Channel.SMS, 0, "zh-CN", params, DeliveryStatus.PENDING, clock.instant(), clock.instant());
            }
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statuses(burst))
                .hasSize(BURST).doesNotContain("PENDING", "SENDING"));
        List<Map<String, Object>> log = ops().queryParam("recipient", Delivery.CUSTOMER).queryParam("limit", 1000)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.ticketId.startsWith('" + burst + "') }");
        assertThat(log).filteredOn(d -> "SENT".equals(d.get("status"))).hasSize(6);
        assertThat(log).filteredOn(d -> "SKIPPED".equals(d.get("status"))).hasSize(BURST - 6)
                .allSatisfy(d -> assertThat((String) d.get("lastError")).startsWith("rate-limited: 6 notices over SMS"));
        List<String> texts = ChannelServers.http().findAll(postRequestedFor(urlEqualTo(ChannelServers.SMS_PATH))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))).stream()
                .map(request -> request.getBodyAsString()).toList();
        // The "name" held a link: the notices greet nobody by name and carry no link.
        assertThat(texts).hasSize(6).allSatisfy(text -> assertThat(text).contains(burst).doesNotContain("http", "evil", "王先生"));
    }

    private List<String> statuses(String burst) {
        return ops().queryParam("recipient", Delivery.CUSTOMER).queryParam("limit", 1000)
                .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.ticketId.startsWith('" + burst + "') }.status");
    }
}
