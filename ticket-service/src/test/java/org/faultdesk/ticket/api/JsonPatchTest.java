package org.faultdesk.ticket.api;

import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.as;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** JSON Patch (RFC 6902), as TMF621 clients may send it beside the merge-patch. */
@QuarkusTest
class JsonPatchTest {

    private static final String JSON_PATCH = "application/json-patch+json";

    @Test
    void testThenReplaceAndAddANoteInOneChange() {
        String id = open();
        as("AG-4004", "agent").contentType(JSON_PATCH)
                .body("""
                        [{"op": "test", "path": "/status", "value": "acknowledged"},
                         {"op": "replace", "path": "/status", "value": "inProgress"},
                         {"op": "replace", "path": "/customerContact/phone", "value": "13911112222"},
                         {"op": "add", "path": "/note/-", "value": {"text": "Technician on the way"}}]""")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("inProgress"))
                .body("customerContact.phone", equalTo("13911112222"))
                .body("note[-1].text", equalTo("Technician on the way"))
                .body("note[-1].author", equalTo("AG-4004"))
                .body("statusChangeHistory[-1].actor", equalTo("AG-4004"));
    }

    @Test
    void aFailedTestIsAConflictAndChangesNothing() {
        String id = open();
        agent().contentType(JSON_PATCH)
                .body("""
                        [{"op": "replace", "path": "/priority", "value": 1},
                         {"op": "test", "path": "/status", "value": "resolved"}]""")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/patch-test-failed"))
                .body("detail", containsString("nothing was changed"));
        agent().when().get(TICKETS + "/" + id).then().statusCode(200).body("priority", equalTo(2));
    }

    @Test
    void whatCannotApplyOrMustNotChangeIsRefusedByName() {
        String id = open();
        agent().contentType(JSON_PATCH).body("[{\"op\": \"replace\", \"path\": \"/creationDate\", \"value\": \"2020-01-01T00:00:00Z\"}]")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400).body("detail", equalTo("these fields cannot be changed: creationDate"));
        agent().contentType(JSON_PATCH).body("[{\"op\": \"remove\", \"path\": \"/description\"}]")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400).body("detail", containsString("description"));
        agent().contentType(JSON_PATCH).body("[{\"op\": \"replace\", \"path\": \"/note/0\", \"value\": {\"text\": \"rewritten\"}}]")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(422).body("type", equalTo("/problems/patch-not-applicable"));
        agent().contentType(JSON_PATCH).body("{\"status\": \"inProgress\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400).body("detail", equalTo("a JSON Patch body must be an array of operations"));
        agent().contentType(JSON_PATCH).body("[{\"op\": \"add\", \"path\": \"/colour\", \"value\": \"red\"}]")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400).body("detail", containsString("colour"));
        agent().when().get(TICKETS + "/" + id).then().statusCode(200)
                .body("status", equalTo("acknowledged")).body("priority", equalTo(2));
    }
}
