package org.faultdesk.ticket.api;

import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every way a create can be wrong gets a 4xx problem+json that says what is wrong. */
@QuarkusTest
class CreateErrorsTest {

    @Test
    void malformedJsonIs400() {
        agent().contentType(ContentType.JSON).body("{\"description\": \"no internet\", ")
                .when().post(TICKETS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void anEmptyBodyIs400() {
        agent().contentType(ContentType.JSON)
                .when().post(TICKETS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("detail", equalTo("the request body must be a trouble ticket as a JSON object"));
    }

    @Test
    void anOverlongIdempotencyKeyIsRefusedByName() {
        agent().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201)).body(faultBody(uniqueExternalId()))
                .when().post(TICKETS)
                .then().statusCode(400)
                .body("type", equalTo("/problems/invalid-header"))
                .body("detail", equalTo("header 'Idempotency-Key' must be 1 to 200 characters"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String body = faultBody(uniqueExternalId())
                .replace("\"description\": \"Home broadband down since 08:00, ONT LOS light red\",", "");
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItem("description"))
                .body("detail", containsString("description must not be blank"));
    }

    @Test
    void aMissingNestedFieldIsNamedWithItsPath() {
        String body = faultBody(uniqueExternalId()).replace("\"phone\": \"13812345678\",", "");
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .body("errors.field", hasItem("customerContact.phone"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        String body = faultBody(uniqueExternalId()).replace("\"severity\": \"CRITICAL\"", "\"severity\": \"URGENT\"");
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-field"))
                .body("errors[0].field", equalTo("severity"))
                .body("detail", equalTo("field 'severity': unknown value 'URGENT'; allowed: CRITICAL, MAJOR, MINOR"));
    }

    @Test
    void anUnknownLanguageListsTheLanguagesWeSpeak() {
        String body = faultBody(uniqueExternalId()).replace("\"language\": \"zh-CN\"", "\"language\": \"fr\"");
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("customerContact.language"))
                .body("detail", containsString("allowed: zh-CN, en"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        String body = faultBody(uniqueExternalId()).replace("\"priority\": 2,", "\"priority\": 2, \"colour\": \"red\",");
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("detail", equalTo("field 'colour': unknown field"));
    }

    @Test
    void aPriorityOutsideOneToFourIsRefused() {
        String body = faultBody(uniqueExternalId()).replace("\"priority\": 2", "\"priority\": 7");
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .body("errors.field", hasItem("priority"))
                .body("detail", containsString("priority must be less than or equal to 4"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String body = faultBody(uniqueExternalId()).replace("ONT LOS light red", "x".repeat(70 * 1024));
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/body-too-large"))
                .body("detail", containsString("the limit is 65536 bytes"));
    }

    @Test
    void aDescriptionOverFourThousandCharactersIsRefusedByName() {
        String body = faultBody(uniqueExternalId()).replace("ONT LOS light red", "x".repeat(4100));
        agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(400)
                .body("errors.field", hasItem("description"));
    }
}
