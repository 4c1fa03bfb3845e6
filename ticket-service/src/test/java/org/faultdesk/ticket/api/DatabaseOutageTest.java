package org.faultdesk.ticket.api;

import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.faultdesk.platform.test.LocalPostgres;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL stopped, intake cannot store a ticket: it says so with a 503 problem and a
 * Retry-After, not a 500, and the call centre's retry with the same Idempotency-Key creates the
 * ticket once the database is back: once (a further retry is answered 200 with that ticket).
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aTicketPostedDuringAnOutageIsRefusedAsRetryableAndCreatedByTheRetry() {
        String key = UUID.randomUUID().toString();
        String body = TicketRequests.faultBody(TicketRequests.uniqueExternalId());
        LocalPostgres.stop();
        try {
            agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .post(TicketRequests.TICKETS)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("type", equalTo("/problems/temporarily-unavailable"));
        } finally {
            LocalPostgres.start();
        }
        // As a call centre would: the same request again, until it is taken.
        await("the retried request taken").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .post(TicketRequests.TICKETS).statusCode() != 503);
        agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(TicketRequests.TICKETS)
                .then().statusCode(200)
                .body("id", notNullValue());
    }
}
