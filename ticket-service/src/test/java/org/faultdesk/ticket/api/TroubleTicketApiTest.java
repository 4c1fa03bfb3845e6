package org.faultdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.contactReader;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.agentOf;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, read and the create-side guarantees of the TMF621 resource. */
@QuarkusTest
class TroubleTicketApiTest {

    @Test
    void createAnswers201WithLocationAndTheWholeTicket() {
        String externalId = uniqueExternalId();
        ExtractableResponse<Response> created = agent().contentType(ContentType.JSON).body(faultBody(externalId))
                .when().post(TICKETS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*" + TICKETS + "/TT-\\d{8}-\\d{6,}"))
                .body("id", matchesPattern("TT-\\d{8}-\\d{6,}"))
                .body("@type", equalTo("TroubleTicket"))
                .body("name", equalTo("No internet since 08:00"))
                .body("status", equalTo("acknowledged"))
                .body("severity", equalTo("CRITICAL"))
                .body("priority", equalTo(2))
                .body("ticketType", equalTo("FAULT"))
                .body("serviceType", equalTo("HOME_BROADBAND"))
                .body("customerTier", equalTo("GOLD"))
                .body("faultScope", equalTo("WITHIN_CITY"))
                .body("locality", equalTo("URBAN"))
                .body("areaCode", equalTo("GZ-TH-03"))
                .body("channel", equalTo("hotline-10010"))
                .body("externalIdentifier", equalTo(externalId))
                .body("customerContact.name", equalTo("王小明"))
                .body("customerContact.language", equalTo("zh-CN"))
                .body("statusChangeHistory[0].status", equalTo("acknowledged"))
                .body("statusChangeHistory[0].actor", equalTo("agent-1"))
                .body("note[0].text", equalTo("Customer already rebooted the ONT"))
                .body("note[0].author", equalTo("agent-1")) // the token's user, not the body's author
                .body("relatedParty[0].role", equalTo("agent"))
                .body("escalationLevel", equalTo(0))
                .body("creationDate", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.<String>path("href")).isEqualTo(TICKETS + "/" + id);
        assertThat(created.headers().getValues("Location")).as("exactly one Location header").hasSize(1);
        assertThat(created.<String>path("lastUpdate")).isEqualTo(created.path("creationDate"));
    }

    @Test
    void defaultsFillWhatACallCentreLeftOut() {
        String body = """
                {"description": "Asks why the bill doubled\\nsecond line", "severity": "MINOR", "ticketType": "CONSULTATION",
                 "serviceType": "GENERAL", "customerTier": "ORDINARY", "areaCode": "GZ-TH-03", "channel": "businessHall",
                 "customerContact": {"name": "Li Wei", "phone": "13900000000"}}""";
        agentOf("businessHall").contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(201)
                .body("name", equalTo("Asks why the bill doubled"))
                .body("priority", equalTo(3))
                .body("faultScope", equalTo("WITHIN_CITY"))
                .body("locality", equalTo("URBAN"))
                .body("customerContact.language", equalTo("zh-CN"))
                .body("$", not(hasKey("externalIdentifier")));
    }

    @Test
    void readsOneTicketWholeOrReducedToTheRequestedFields() {
        String id = open();
        agent().when().get(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("description", equalTo("Home broadband down since 08:00, ONT LOS light red"))
                .body("customerContact.phone", equalTo("13812345678"));

        Map<String, Object> reduced = agent().queryParam("fields", "status,priority")
                .when().get(TICKETS + "/" + id)
                .then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(reduced).containsOnlyKeys("id", "href", "@type", "status", "priority");
        assertThat(reduced).containsEntry("status", "acknowledged").containsEntry("priority", 2);
    }

    @Test
    void anUnknownFieldSelectionIsRefusedListingTheSelectableOnes() {
        String id = open();
        agent().queryParam("fields", "status,colour")
                .when().get(TICKETS + "/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-query"))
                .body("detail", containsString("unknown field(s) [colour]"))
                .body("detail", containsString("priority"));
    }

    @Test
    void anUnknownTicketIs404ProblemJson() {
        agent().when().get(TICKETS + "/TT-19990101-999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/ticket-not-found"))
                .body("title", equalTo("Trouble ticket not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("no trouble ticket with id 'TT-19990101-999999'"))
                .body("instance", equalTo(TICKETS + "/TT-19990101-999999"));
    }

    @Test
    void aRetryWithTheSameExternalIdentifierFromTheSameChannelReturnsTheSameTicket() {
        String body = faultBody(uniqueExternalId());
        String first = open(body);

        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(200)
                .header("Location", endsWith(TICKETS + "/" + first))
                .body("id", equalTo(first))
                .body("note[0].text", equalTo("Customer already rebooted the ONT"));
    }

    @Test
    void theSameExternalIdentifierFromAnotherChannelIsAnotherTicket() {
        String externalId = uniqueExternalId();
        String first = open(faultBody(externalId));
        String second = agentOf("crm-gd").contentType(ContentType.JSON)
                .body(faultBody(externalId).replace("hotline-10010", "crm-gd"))
                .when().post(TICKETS).then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameTicket() {
        String key = "key-" + uniqueExternalId();
        String body = faultBody(uniqueExternalId());
        String first = agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(TICKETS)
                .then().statusCode(201).extract().path("id");

        agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(TICKETS)
                .then().statusCode(200)
                .body("id", equalTo(first));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        String key = "key-" + uniqueExternalId();
        String first = agent().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(faultBody(uniqueExternalId()))
                .when().post(TICKETS)
                .then().statusCode(201).extract().path("id");

        agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(faultBody(uniqueExternalId()))
                .when().post(TICKETS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-conflict"))
                .body("detail", equalTo("Idempotency-Key '" + key + "' was already used for ticket " + first
                        + " with a different request; a retry must repeat the original request exactly"));
    }

    @Test
    void theSameExternalIdentifierWithAnotherBodyIs422() {
        String externalId = uniqueExternalId();
        open(faultBody(externalId));

        agent().contentType(ContentType.JSON).body(faultBody(externalId).replace("\"priority\": 2", "\"priority\": 1"))
                .when().post(TICKETS)
                .then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-conflict"))
                .body("detail", containsString("externalIdentifier '" + externalId + "' of channel 'hotline-10010'"));
    }

    @Test
    void aNewKeyForAnAlreadyKnownExternalIdentifierAnswersWithTheTicketAndLeavesTheKeyFree() {
        String externalId = uniqueExternalId();
        String body = faultBody(externalId);
        String first = open(body);
        String key = "late-key-" + externalId;

        agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(TICKETS)
                .then().statusCode(200).body("id", equalTo(first));
        // The key's claim was rolled back with the retry, so it can still open another ticket.
        agent().contentType(ContentType.JSON).header("Idempotency-Key", key).body(faultBody(uniqueExternalId()))
                .when().post(TICKETS)
                .then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void theCustomersContactIsServedToInternalCallers() {
        String id = open();
        contactReader().when().get("/internal/v1/tickets/" + id + "/customer-contact")
                .then().statusCode(200)
                .body("ticketId", equalTo(id))
                .body("name", equalTo("王小明"))
                .body("phone", equalTo("13812345678"))
                .body("email", equalTo("xiaoming@example.cn"))
                .body("address", equalTo("广州市天河区体育西路 1 号"))
                .body("language", equalTo("zh-CN"));
    }

    @Test
    void anAbsentEmailAndAddressAreNullInTheInternalContact() {
        String id = agentOf("app").contentType(ContentType.JSON).body("""
                {"description": "Slow mobile data", "severity": "MINOR", "ticketType": "COMPLAINT",
                 "serviceType": "MOBILE_NETWORK", "customerTier": "SILVER", "areaCode": "SZ-NS-01", "channel": "app",
                 "customerContact": {"name": "Chen Jing", "phone": "13700000000", "language": "en"}}""")
                .when().post(TICKETS).then().statusCode(201).extract().path("id");
        contactReader().when().get("/internal/v1/tickets/" + id + "/customer-contact")
                .then().statusCode(200)
                .body("$", hasKey("email"))
                .body("email", equalTo(null))
                .body("address", equalTo(null))
                .body("language", equalTo("en"));
    }

    @Test
    void theInternalContactOfAnUnknownTicketIs404() {
        contactReader().when().get("/internal/v1/tickets/TT-19990101-000000/customer-contact")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/ticket-not-found"));
    }

    @Test
    void theOpenApiDocumentDescribesTheResource() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey(TICKETS))
                .body("paths", hasKey(TICKETS + "/{id}"))
                .body("paths", hasKey("/internal/v1/tickets/{id}/customer-contact"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
