package org.faultdesk.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.as;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.faultdesk.ticket.api.TicketRequests.patch;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merge-patch: what a call centre may change, the lifecycle, notes, and every refusal. */
@QuarkusTest
class ChangeTicketTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aMergePatchChangesOnlyWhatItNames() {
        String id = open();
        as("AG-2001", "agent").contentType(MERGE_PATCH)
                .body("""
                        {"priority": 1, "description": "Down for the whole building",
                         "customerContact": {"phone": "13987654321", "email": null}}""")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("priority", equalTo(1))
                .body("description", equalTo("Down for the whole building"))
                .body("customerContact.phone", equalTo("13987654321"))
                .body("customerContact.name", equalTo("王小明"))
                .body("customerContact.email", nullValue())
                .body("severity", equalTo("CRITICAL"))
                .body("status", equalTo("acknowledged"));
    }

    @Test
    void theActorIsTheTokensUserWhateverTheHeadersSay() {
        String id = open();
        as("AG-2001", "agent").contentType(MERGE_PATCH).header("X-Actor", "the-boss")
                .body("{\"status\": \"inProgress\", \"note\": [{\"author\": \"the-boss\", \"text\": \"on it\"}]}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("statusChangeHistory[-1].actor", equalTo("AG-2001"))
                .body("note[-1].author", equalTo("AG-2001"));
    }

    @Test
    void correctionsOfTierServiceTypeAndScopeAreKept() {
        String id = open();
        patch(id, """
                {"customerTier": "AAA", "serviceType": "INTERNET_LEASED_LINE", "faultScope": "ACROSS_PROVINCES",
                 "locality": "RURAL", "areaCode": "GZ-PY-01", "ticketType": "SERIOUS_COMPLAINT"}""");
        agent().when().get(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("customerTier", equalTo("AAA"))
                .body("serviceType", equalTo("INTERNET_LEASED_LINE"))
                .body("faultScope", equalTo("ACROSS_PROVINCES"))
                .body("locality", equalTo("RURAL"))
                .body("areaCode", equalTo("GZ-PY-01"))
                .body("ticketType", equalTo("SERIOUS_COMPLAINT"));
    }

    @Test
    void notesAreAppendedNeverReplaced() {
        String id = open();
        patch(id, "{\"note\": [{\"text\": \"Customer called again\"}]}");
        JsonPath ticket = as("AG-3003", "agent").contentType(MERGE_PATCH)
                .body("{\"note\": [{\"text\": \"Promised a call back at 14:00\"}]}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(200)
                .extract().jsonPath();

        List<String> ours = List.of("Customer already rebooted the ONT", "Customer called again", "Promised a call back at 14:00");
        List<Map<String, String>> mine = ticket.getList("note");
        assertThat(mine).extracting(note -> note.get("text")).containsExactlyElementsOf(ours);
        // The author is whoever's token wrote the note: the create body's "author": "AG-1007" is not believed.
        assertThat(mine).extracting(note -> note.get("author")).containsExactly("agent-1", "agent-1", "AG-3003");
        assertThat(mine.get(2).get("date")).isNotBlank();
    }

    @Test
    void theWholeLifecycleIsKeptInTheStatusHistory() {
        String id = open();
        status(id, "inProgress", "agent took the case");
        status(id, "pending", "customer asked for a visit tomorrow");
        status(id, "inProgress", "technician on site");
        status(id, "held", "waiting for a spare ONT");
        status(id, "inProgress", "spare arrived");
        as("AG-7", "agent").contentType(MERGE_PATCH)
                .body("{\"status\": \"resolved\", \"statusChangeReason\": \"ONT replaced\", \"resolutionCode\": \"ONT_REPLACED\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("resolved"))
                .body("resolutionCode", equalTo("ONT_REPLACED"))
                .body("resolutionDate", notNullValue());
        status(id, "inProgress", "customer says it fails again");
        status(id, "resolved", "fibre re-spliced");
        status(id, "closed", "customer confirmed on the call back");

        agent().when().get(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("statusChangeReason", equalTo("customer confirmed on the call back"))
                .body("statusChangeHistory.status", equalTo(List.of("acknowledged", "inProgress", "pending",
                        "inProgress", "held", "inProgress", "resolved", "inProgress", "resolved", "closed")))
                .body("statusChangeHistory[6].changeReason", equalTo("ONT replaced"))
                .body("statusChangeHistory[6].actor", equalTo("AG-7"))
                .body("statusChangeHistory[9].changeDate", notNullValue())
                .body("resolutionCode", equalTo("RESOLVED_BY_CALL_CENTRE"));
    }

    @Test
    void anIllegalTransitionIs409AndChangesNothing() {
        String id = open();
        status(id, "cancelled", "duplicate of another ticket");
        agent().contentType(MERGE_PATCH).body("{\"status\": \"inProgress\", \"priority\": 1}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/illegal-transition"))
                .body("title", equalTo("Illegal status transition"))
                .body("detail", equalTo("a ticket in status 'cancelled' cannot become 'inProgress'; allowed: none (final status)"));
        agent().when().get(TICKETS + "/" + id).then().body("priority", equalTo(2)).body("status", equalTo("cancelled"));
    }

    @Test
    void closingAnUnresolvedTicketIs409() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"status\": \"closed\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(409)
                .body("detail", containsString("allowed: inProgress, pending, held, resolved, rejected, cancelled"));
    }

    @Test
    void patchingAnUnknownTicketIs404() {
        agent().contentType(MERGE_PATCH).body("{\"priority\": 1}")
                .when().patch(TICKETS + "/TT-19990101-000001")
                .then().statusCode(404)
                .body("type", equalTo("/problems/ticket-not-found"));
    }

    @Test
    void malformedJsonInAPatchIs400() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"priority\": ")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    void aPatchThatIsNotAnObjectIs400() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("[1, 2]")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400)
                .body("detail", equalTo("a merge-patch body must be a JSON object"));
    }

    @Test
    void removingARequiredFieldIsRefusedByName() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"priority\": null, \"customerContact\": {\"phone\": null}}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItem("priority"))
                .body("errors.field", hasItem("customerContact.phone"));
    }

    @Test
    void anUnknownStatusListsTheTmfStatuses() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"status\": \"done\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("field 'status': unknown value 'done'; allowed: acknowledged, inProgress, "
                        + "pending, held, resolved, closed, rejected, cancelled"));
    }

    @Test
    void anUnknownFieldInAPatchIsNamed() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"colour\": \"red\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void readOnlyFieldsCannotBePatched() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"id\": \"TT-1\", \"creationDate\": \"2020-01-01T00:00:00Z\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(400)
                .body("type", equalTo("/problems/read-only-field"))
                .body("detail", equalTo("these fields cannot be changed: creationDate, id"));
    }

    @Test
    void aPatchOverTheBodyLimitIs413() {
        String id = open();
        agent().contentType(MERGE_PATCH).body("{\"description\": \"" + "x".repeat(70 * 1024) + "\"}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(413)
                .body("type", equalTo("/problems/body-too-large"));
    }

    @Test
    void plainJsonIsAcceptedForPatchesTooButOtherMediaTypesAreNot() {
        String id = open();
        agent().contentType(ContentType.JSON).body("{\"priority\": 4}")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(200).body("priority", equalTo(4));
        agent().contentType(ContentType.TEXT).body("priority=1")
                .when().patch(TICKETS + "/" + id)
                .then().statusCode(415)
                .contentType("application/problem+json");
        assertThat(agent().get(TICKETS + "/" + id).<Integer>path("priority")).isEqualTo(4);
    }

    private static void status(String id, String status, String reason) {
        patch(id, "{\"status\": \"" + status + "\", \"statusChangeReason\": \"" + reason + "\"}");
    }
}
