package org.faultdesk.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.faultdesk.platform.test.TestIdentity.as;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.agentOf;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.support.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Callbacks as work (回访): a resolution puts a callback in the customer-service centre's queue;
 * the customer reached (satisfied or not) or unreachable after three calls closes the ticket; a
 * reopen cancels it; the month's figures count them. Each test works in a channel of its own.
 */
@QuarkusTest
class CallbacksTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void threeFailedCallsCloseTheTicketAsUnreachableAndAFourthIsRefused() {
        String channel = newChannel();
        String id = openAndResolve(channel);
        assertThat(queued(agentOf(channel))).containsExactly(id);
        agentOf(channel).get(TICKETS + "/" + id).then().statusCode(200)
                .body("callback.state", equalTo("OPEN")).body("callback.failedAttempts", equalTo(0));

        try (TopicWatcher updates = TestKafka.watch(Topics.TICKET_UPDATED)) {
            call(agentOf(channel), id, "{\"reached\": false, \"remark\": \"no answer\"}").statusCode(200)
                    .body("state", equalTo("OPEN")).body("failedAttempts", equalTo(1));
            call(agentOf(channel), id, "{\"reached\": false}").statusCode(200).body("failedAttempts", equalTo(2));
            agentOf(channel).get(TICKETS + "/" + id).then().body("status", equalTo("resolved"));

            call(agentOf(channel), id, "{\"reached\": false}").statusCode(200)
                    .body("state", equalTo("UNREACHABLE")).body("failedAttempts", equalTo(3));

            TicketUpdated closed = updates.awaitEvent(TicketUpdated.class, id);
            assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
            assertThat(closed.previousStatus()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(closed.reason()).isEqualTo("customer unreachable after 3 callback attempts");
            assertThat(closed.actor()).isEqualTo("AG-" + channel);
        }
        agentOf(channel).get(TICKETS + "/" + id).then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("statusChangeReason", equalTo("customer unreachable after 3 callback attempts"))
                .body("resolutionCode", equalTo("ONT_REPLACED"))
                .body("callback.state", equalTo("UNREACHABLE"));
        call(agentOf(channel), id, "{\"reached\": false}").statusCode(409)
                .body("type", equalTo("/problems/no-open-callback"))
                .body("detail", equalTo("ticket " + id + " is closed; its last callback is unreachable: a callback "
                        + "opens when the ticket is resolved"));
        assertThat(queued(agentOf(channel))).isEmpty();
    }

    @Test
    void answersAndReopensAreCountedInTheMonthsReport() {
        String channel = newChannel();
        String satisfied = openAndResolve(channel);
        String unsatisfied = openAndResolve(channel);
        String reopened = openAndResolve(channel);
        String waiting = openAndResolve(channel);

        call(agentOf(channel), satisfied, "{\"reached\": true, \"satisfaction\": \"satisfied\"}").statusCode(200)
                .body("state", equalTo("REACHED")).body("satisfaction", equalTo("SATISFIED"));
        call(agentOf(channel), unsatisfied, "{\"reached\": false}").statusCode(200);
        call(agentOf(channel), unsatisfied, "{\"reached\": true, \"satisfaction\": \"unsatisfied\", "
                + "\"remark\": \"the technician came late\"}").statusCode(200).body("failedAttempts", equalTo(1));
        agentOf(channel).contentType(MERGE_PATCH).body("{\"status\": \"inProgress\", \"statusChangeReason\": \"still down\"}")
                .patch(TICKETS + "/" + reopened).then().statusCode(200).body("callback.state", equalTo("CANCELLED"));

        agentOf(channel).get(TICKETS + "/" + satisfied).then()
                .body("status", equalTo("closed"))
                .body("statusChangeReason", equalTo("callback: customer reached, satisfied"))
                .body("callback.satisfaction", equalTo("SATISFIED"));
        assertThat(queued(agentOf(channel))).containsExactly(waiting);

        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        admin().queryParam("month", month).get("/callbacks/report").then().statusCode(200)
                .body("month", equalTo(month))
                .body("zone", equalTo("Asia/Shanghai"))
                .body("byChannel.'" + channel + "'.opened", equalTo(4))
                .body("byChannel.'" + channel + "'.open", equalTo(1))
                .body("byChannel.'" + channel + "'.reached", equalTo(2))
                .body("byChannel.'" + channel + "'.satisfied", equalTo(1))
                .body("byChannel.'" + channel + "'.unsatisfied", equalTo(1))
                .body("byChannel.'" + channel + "'.unreachable", equalTo(0))
                .body("byChannel.'" + channel + "'.cancelled", equalTo(1))
                .body("byChannel.'" + channel + "'.satisfactionRate", equalTo(0.5f))
                .body("byChannel.'" + channel + "'.reachRate", equalTo(1.0f));
        // A supervisor's report is of their areas; the month is required and must be one.
        as("P-SUP-9", Map.of(Roles.AREAS_CLAIM, "NOWHERE-1"), Roles.SUPERVISOR).queryParam("month", month)
                .get("/callbacks/report").then().statusCode(200).body("total.opened", equalTo(0));
        admin().queryParam("month", "2026-13").get("/callbacks/report").then().statusCode(400)
                .body("detail", equalTo("query parameter 'month' must be a month such as 2026-11, got '2026-13'"));
    }

    @Test
    void badCallsRecordNothingAndAnotherChannelsAgentCannotSeeOrCall() {
        String channel = newChannel();
        String id = openAndResolve(channel);

        call(agentOf(channel), id, "{\"reached\": true}").statusCode(400)
                .body("type", equalTo("/problems/invalid-callback"))
                .body("detail", equalTo("a customer reached gives an answer: 'satisfaction' is 'satisfied' or 'unsatisfied'"));
        call(agentOf(channel), id, "{\"reached\": false, \"satisfaction\": \"satisfied\"}").statusCode(400)
                .body("detail", equalTo("a customer not reached gives no answer: leave out 'satisfaction'"));
        call(agentOf(channel), id, "{\"reached\": true, \"satisfaction\": \"delighted\"}").statusCode(400);
        call(agentOf(channel), id, "{\"satisfaction\": \"satisfied\"}").statusCode(400);
        agentOf(channel).get(TICKETS + "/" + id).then().body("callback.failedAttempts", equalTo(0))
                .body("callback.satisfaction", nullValue());

        String other = newChannel();
        assertThat(queued(agentOf(other))).doesNotContain(id);
        call(agentOf(other), id, "{\"reached\": false}").statusCode(404);

        // A retried call (same Idempotency-Key) is counted once.
        String key = UUID.randomUUID().toString();
        agentOf(channel).header("Idempotency-Key", key).contentType(ContentType.JSON).body("{\"reached\": false}")
                .post("/callbacks/" + id + "/attempts").then().statusCode(200).body("failedAttempts", equalTo(1));
        agentOf(channel).header("Idempotency-Key", key).contentType(ContentType.JSON).body("{\"reached\": false}")
                .post("/callbacks/" + id + "/attempts").then().statusCode(200).body("failedAttempts", equalTo(1));
        agentOf(channel).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"reached\": true, \"satisfaction\": \"satisfied\"}")
                .post("/callbacks/" + id + "/attempts").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-conflict"));
        agentOf(channel).get(TICKETS + "/" + id).then().body("callback.failedAttempts", equalTo(1))
                .body("status", equalTo("resolved"));

        // Closed by the call centre without the callback: nothing left to call.
        agentOf(channel).contentType(MERGE_PATCH).body("{\"status\": \"closed\"}").patch(TICKETS + "/" + id)
                .then().statusCode(200).body("callback.state", equalTo("CANCELLED"));
        assertThat(queued(agentOf(channel))).doesNotContain(id);
    }

    private static String newChannel() {
        return "cb-" + uniqueExternalId().substring(4, 16);
    }

    /** A ticket of {@code channel}, resolved by the call centre. */
    private static String openAndResolve(String channel) {
        String id = agentOf(channel).contentType(ContentType.JSON)
                .body(faultBody(uniqueExternalId()).replace("hotline-10010", channel))
                .post(TICKETS).then().statusCode(201).extract().path("id");
        agentOf(channel).contentType(MERGE_PATCH).body("{\"status\": \"resolved\", \"resolutionCode\": \"ONT_REPLACED\"}")
                .patch(TICKETS + "/" + id).then().statusCode(200).body("callback.state", equalTo("OPEN"));
        return id;
    }

    private static ValidatableResponse call(RequestSpecification as, String id, String body) {
        return as.contentType(ContentType.JSON).body(body).post("/callbacks/" + id + "/attempts").then();
    }

    private static List<String> queued(RequestSpecification as) {
        return as.queryParam("limit", 200).get("/callbacks").then().statusCode(200).extract().path("ticketId");
    }
}
