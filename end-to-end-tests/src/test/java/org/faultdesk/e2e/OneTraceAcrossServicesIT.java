package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.platform.launch.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One ticket is one trace across the four services: the call centre's POST names a trace (a W3C
 * traceparent header, as any instrumented caller sends), and the log lines each service writes
 * about the ticket — ticket-service opening it, then sla-monitor, dispatch-service and
 * notification-service consuming ticket-opened from Kafka — carry that trace id, carried by the
 * outbox and the records' traceparent header; so does the line of the customer's first notice
 * going out, later and from a delivery worker (the trace kept with the queued message).
 */
@ExtendWith(PlatformExtension.class)
class OneTraceAcrossServicesIT {

    @Test
    void aTicketsPathIsOneTraceInTheLogsOfEveryService(Platform platform) {
        String traceId = randomHex(16);
        String ticketId = platform.asAgentOf(Tickets.CHANNEL).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .body("""
                        {"name": "Leased line down", "description": "CPE shows no carrier since 10:40",
                         "severity": "CRITICAL", "priority": 1, "ticketType": "FAULT",
                         "serviceType": "INTERNET_LEASED_LINE", "customerTier": "%s", "faultScope": "WITHIN_CITY",
                         "locality": "URBAN", "areaCode": "E2E-TRACE-01", "channel": "%s",
                         "customerContact": {"name": "Zhao Lei", "phone": "13700137000", "email": "zl@example.cn",
                                             "language": "en"}}
                        """.formatted(CustomerTier.A, Tickets.CHANNEL))
                .when().post(Tickets.PATH).then().statusCode(201).extract().path("id");

        for (ServiceProcess service : List.of(platform.ticketService(), platform.slaMonitor(), platform.dispatchService(),
                platform.notificationService())) {
            await(service.logFile().getFileName() + " names the ticket in its trace").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(linesOf(service))
                            .anyMatch(line -> line.contains("[" + traceId + " ") && line.contains(ticketId)));
        }
        await("the customer's notice sent in the ticket's trace").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(linesOf(platform.notificationService()))
                        .anyMatch(line -> line.contains("[" + traceId + " " + ticketId + "]")
                                && line.contains("TICKET_OPENED sent to customer")));
    }

    private static List<String> linesOf(ServiceProcess service) {
        try {
            return Files.readAllLines(service.logFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
