package org.faultdesk.e2e;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;

/** ticket-service's call-centre API, as a call centre uses it. */
final class Tickets {

    static final String PATH = "/tmf-api/troubleTicket/v5/troubleTicket";
    /** The channel the tests' leased-line faults come by: opened and read by an agent of it. */
    static final String CHANNEL = "customerManager";

    private Tickets() {
    }

    /** Opens an enterprise internet leased-line fault; returns the ticket id answered with 201. */
    static String openLeasedLineFault(Platform platform, CustomerTier tier, String areaCode, Customer customer) {
        String body = """
                {"name": "Leased line down",
                 "description": "Enterprise internet leased line down since 09:10, CPE shows no carrier",
                 "severity": "CRITICAL", "priority": 1, "ticketType": "FAULT",
                 "serviceType": "INTERNET_LEASED_LINE", "customerTier": "%s",
                 "faultScope": "WITHIN_CITY", "locality": "URBAN", "areaCode": "%s",
                 "channel": "%s",
                 "customerContact": {"name": "%s", "phone": "%s", "email": "%s", "language": "en"}}
                """.formatted(tier, areaCode, CHANNEL, customer.name(), customer.phone(), customer.email());
        return platform.asAgentOf(CHANNEL).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(201)
                .extract().path("id");
    }

    /**
     * Opens {@code count} leased-line faults for customers named "{@code name} 0", "{@code name} 1"…
     * and returns each ticket's clock start, as sla-monitor announced it, in opening order.
     */
    static Map<String, Instant> openFaultsWithClocks(Platform platform, CustomerTier tier, String areaCode,
                                                     int count, String name) {
        Map<String, Instant> clockStarts = new LinkedHashMap<>();
        try (TopicWatcher clockStarted = TestKafka.watch(Topics.SLA_CLOCK_STARTED)) {
            List<String> ticketIds = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String mailbox = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + i;
                ticketIds.add(openLeasedLineFault(platform, tier, areaCode, Customer.named(name + " " + i, mailbox)));
            }
            // All opened first, then their clocks: the faults' clocks start within a second of each other.
            for (String ticketId : ticketIds) {
                clockStarts.put(ticketId, clockStarted.awaitEvent(SlaClockStarted.class,
                        TopicWatcher.clockOf(ticketId, SlaClocks.RESTORE)).startedAt());
            }
        }
        return clockStarts;
    }
}
