package org.faultdesk.ticket.api;

import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.faultdesk.ticket.api.TicketRequests.patch;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing with filters, sort, paging, field selection and the count headers. */
@QuarkusTest
class ListTicketsTest {

    private String area;
    private String first;
    private String second;
    private String third;

    /** Three tickets in an area of their own, so that other tests' tickets never count. */
    @BeforeEach
    void threeTicketsInAFreshArea() {
        area = "T-" + UUID.randomUUID().toString().substring(0, 8);
        first = open(ticket(2, "HOME_BROADBAND", "GOLD"));
        second = open(ticket(4, "MOBILE_NETWORK", "ORDINARY"));
        third = open(ticket(1, "HOME_BROADBAND", "AAA"));
        patch(second, "{\"status\": \"inProgress\"}");
    }

    @Test
    void filtersByAreaNewestFirstWithCountHeaders() {
        agent().queryParam("areaCode", area)
                .when().get(TICKETS)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("X-Result-Count", "3")
                .body("id", equalTo(List.of(third, second, first)));
    }

    @Test
    void sortsByTheRequestedFields() {
        agent().queryParam("areaCode", area).queryParam("sort", "priority")
                .when().get(TICKETS)
                .then().statusCode(200)
                .body("id", equalTo(List.of(third, first, second)));
        agent().queryParam("areaCode", area).queryParam("sort", "-priority")
                .when().get(TICKETS)
                .then().body("id", equalTo(List.of(second, first, third)));
    }

    @Test
    void pagesWithOffsetAndLimitWhileTheTotalStaysTheSame() {
        agent().queryParam("areaCode", area).queryParam("sort", "priority")
                .queryParam("offset", 1).queryParam("limit", 1)
                .when().get(TICKETS)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("X-Result-Count", "1")
                .body("id", equalTo(List.of(first)));
    }

    @Test
    void filtersByStatusKindTierServiceTypeAndCreationTime() {
        agent().queryParam("areaCode", area).queryParam("status", "inProgress")
                .when().get(TICKETS)
                .then().header("X-Total-Count", "1").body("id", equalTo(List.of(second)));
        agent().queryParam("areaCode", area).queryParam("serviceType", "HOME_BROADBAND").queryParam("sort", "id")
                .when().get(TICKETS)
                .then().header("X-Total-Count", "2").body("id", equalTo(List.of(first, third)));
        agent().queryParam("areaCode", area).queryParam("customerTier", "AAA")
                .when().get(TICKETS)
                .then().body("id", equalTo(List.of(third)));
        agent().queryParam("areaCode", area).queryParam("ticketType", "FAULT")
                .when().get(TICKETS)
                .then().header("X-Total-Count", "3");
        agent().queryParam("areaCode", area).queryParam("createdTo", "2000-01-01T00:00:00Z")
                .when().get(TICKETS)
                .then().header("X-Total-Count", "0").body("size()", equalTo(0));
        agent().queryParam("areaCode", area).queryParam("createdFrom", Instant.now().minusSeconds(3600).toString())
                .queryParam("createdTo", Instant.now().plusSeconds(3600).toString())
                .when().get(TICKETS)
                .then().header("X-Total-Count", "3");
    }

    @Test
    void filtersAsTmf630SaysWithOperatorsAndAlternatives() {
        agent().queryParam("areaCode", area).queryParam("priority.gte", 2).queryParam("sort", "priority")
                .when().get(TICKETS)
                .then().statusCode(200).header("X-Total-Count", "2").body("id", equalTo(List.of(first, second)));
        agent().queryParam("areaCode", area).queryParam("priority.lt", 2)
                .when().get(TICKETS)
                .then().body("id", equalTo(List.of(third)));
        agent().queryParam("areaCode", area).queryParam("customerTier", "AAA,GOLD").queryParam("sort", "id")
                .when().get(TICKETS)
                .then().header("X-Total-Count", "2").body("id", equalTo(List.of(first, third)));
        agent().queryParam("areaCode", area).queryParam("id", second + "," + third).queryParam("status", "acknowledged")
                .when().get(TICKETS)
                .then().body("id", equalTo(List.of(third)));
        // A CRM's sync: what changed since its last run (the second was patched after the third was opened).
        String thirdChanged = agent().when().get(TICKETS + "/" + third).then().extract().path("lastUpdate");
        agent().queryParam("areaCode", area).queryParam("lastUpdate.gt", thirdChanged)
                .when().get(TICKETS)
                .then().body("id", equalTo(List.of(second)));
        agent().queryParam("areaCode", area).queryParam("creationDate.lt", "2000-01-01T00:00:00Z")
                .when().get(TICKETS)
                .then().header("X-Total-Count", "0");
    }

    @Test
    void aFilterThatCannotBeAppliedIsRefusedNeverIgnored() {
        agent().queryParam("colour", "red").when().get(TICKETS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-query"))
                .body("detail", containsString("colour: not a filter; filterable: "))
                .body("detail", containsString("lastUpdate"));
        agent().queryParam("severity", "minor").when().get(TICKETS)
                .then().statusCode(400).body("detail", containsString("severity: unknown value 'minor'; allowed: "));
        agent().queryParam("status.gt", "acknowledged").when().get(TICKETS)
                .then().statusCode(400).body("detail", containsString("status.gt: status has no order"));
        agent().queryParam("lastUpdate.after", "2026-01-01T00:00:00Z").when().get(TICKETS)
                .then().statusCode(400).body("detail", containsString("lastUpdate.after: not a filter"));
        agent().queryParam("priority.gte", "high").when().get(TICKETS)
                .then().statusCode(400).body("detail", equalTo("priority.gte: 'high' is not a whole number"));
        agent().queryParam("areaCode", area + ",").when().get(TICKETS)
                .then().statusCode(400).body("detail", equalTo("areaCode: an empty value"));
    }

    @Test
    void selectsFieldsInTheList() {
        agent().queryParam("areaCode", area).queryParam("fields", "status")
                .when().get(TICKETS)
                .then().statusCode(200)
                .body("[0]", hasKey("status"))
                .body("[0]", hasKey("href"))
                .body("[0]", not(hasKey("description")))
                .body("status", everyItem(org.hamcrest.Matchers.isOneOf("acknowledged", "inProgress")));
    }

    @Test
    void badQueryParametersAreNamed() {
        agent().queryParam("sort", "colour").when().get(TICKETS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-query"))
                .body("detail", containsString("sort: unknown field 'colour'; sortable: "));
        agent().queryParam("status", "done").when().get(TICKETS)
                .then().statusCode(400)
                .body("detail", containsString("status: unknown value 'done'; allowed: acknowledged, inProgress"));
        agent().queryParam("customerTier", "PLATINUM").when().get(TICKETS)
                .then().statusCode(400)
                .body("detail", containsString("customerTier: unknown value 'PLATINUM'; allowed: AAA, AA, A"));
        agent().queryParam("limit", 500).when().get(TICKETS)
                .then().statusCode(400)
                .body("detail", equalTo("limit: '500' must be a whole number from 1 to 100"));
        agent().queryParam("offset", "abc").when().get(TICKETS)
                .then().statusCode(400)
                .body("detail", containsString("offset: 'abc' must be a whole number"));
        agent().queryParam("createdFrom", "yesterday").when().get(TICKETS)
                .then().statusCode(400)
                .body("detail", containsString("createdFrom: 'yesterday' is not an ISO-8601 instant"));
    }

    private String ticket(int priority, String serviceType, String tier) {
        return faultBody(uniqueExternalId())
                .replace("\"priority\": 2", "\"priority\": " + priority)
                .replace("\"HOME_BROADBAND\"", "\"" + serviceType + "\"")
                .replace("\"GOLD\"", "\"" + tier + "\"")
                .replace("GZ-TH-03", area);
    }
}
