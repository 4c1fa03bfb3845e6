package org.faultdesk.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.as;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.agentOf;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.faultdesk.support.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * An agent sees and changes only the tickets of the channel their token names, a supervisor only
 * those of their areas; to anyone else a ticket is not there (404, not 403: its existence is not
 * told). A token that names neither is refused with the claim it lacks.
 */
@QuarkusTest
class TicketScopeTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void anAgentOpensReadsAndChangesOnlyTheTicketsOfTheirChannel() {
        String area = "SCOPE-" + uniqueExternalId().substring(4, 12);
        String hotline = open("hotline-10010", area);

        // The hotline's agent may not open a ticket in another channel's name.
        agent().contentType(ContentType.JSON)
                .body(faultBody(uniqueExternalId()).replace("hotline-10010", "businessHall"))
                .when().post(TICKETS).then().statusCode(403)
                .body("type", equalTo("/problems/not-your-channel"))
                .body("detail", equalTo("you open tickets for channel hotline-10010; this one is for channel 'businessHall'"));

        // The business hall's agent: the hotline's ticket is not there, in any way.
        agentOf("businessHall").get(TICKETS + "/" + hotline).then().statusCode(404)
                .body("type", equalTo("/problems/ticket-not-found"));
        agentOf("businessHall").contentType(MERGE_PATCH).body("{\"note\": [{\"text\": \"not mine\"}]}")
                .patch(TICKETS + "/" + hotline).then().statusCode(404);
        String hall = open("businessHall", area);
        assertThat(idsIn(agentOf("businessHall"), area)).containsExactly(hall);
        assertThat(idsIn(agent(), area)).containsExactly(hotline);
        // Its own ticket, it reads in full (and may change).
        agentOf("businessHall").get(TICKETS + "/" + hall).then().statusCode(200)
                .body("customerContact.phone", equalTo("13812345678"));
        agentOf("businessHall").contentType(MERGE_PATCH).body("{\"note\": [{\"text\": \"called back\"}]}")
                .patch(TICKETS + "/" + hall).then().statusCode(200);

        // A dispatcher sees every channel.
        assertThat(idsIn(dispatcher(), area)).containsExactlyInAnyOrder(hotline, hall);
    }

    @Test
    void aSupervisorSeesOnlyTheTicketsOfTheirAreas() {
        String mine = "SCOPE-" + uniqueExternalId().substring(4, 12);
        String other = "SCOPE-" + uniqueExternalId().substring(4, 12);
        String inMine = open("hotline-10010", mine);
        String inOther = open("hotline-10010", other);
        Map<String, String> areas = Map.of(Roles.AREAS_CLAIM, mine + " SZ-NS-01");

        as("P-SUP-1", areas, Roles.SUPERVISOR).get(TICKETS + "/" + inMine).then().statusCode(200)
                .body("customerContact.phone", equalTo("138****5678"));
        as("P-SUP-1", areas, Roles.SUPERVISOR).get(TICKETS + "/" + inOther).then().statusCode(404);
        as("P-SUP-1", areas, Roles.SUPERVISOR).contentType(MERGE_PATCH).body("{\"priority\": 1}")
                .patch(TICKETS + "/" + inOther).then().statusCode(404);
        assertThat(idsIn(as("P-SUP-1", areas, Roles.SUPERVISOR), other)).isEmpty();
        assertThat(idsIn(as("P-SUP-1", areas, Roles.SUPERVISOR), mine)).containsExactly(inMine);
    }

    @Test
    void aTokenThatNamesNoChannelAndNoAreasIsToldWhichClaimItLacks() {
        as("AG-NOWHERE", Map.of(), Roles.AGENT).get(TICKETS).then().statusCode(403)
                .body("type", equalTo("/problems/no-ticket-scope"))
                .body("detail", containsString("claim 'channel'"));
        as("P-NOWHERE", Map.of(), Roles.SUPERVISOR).get(TICKETS + "/TT-20260101-000001").then().statusCode(403)
                .body("detail", containsString("claim 'areas'"));
        as("AG-NOWHERE", Map.of(), Roles.AGENT).contentType(ContentType.JSON).body(faultBody(uniqueExternalId()))
                .when().post(TICKETS).then().statusCode(403)
                .body("type", equalTo("/problems/no-ticket-scope"));
    }

    /** Opens a ticket in {@code area} as an agent of {@code channel}. */
    private static String open(String channel, String area) {
        return agentOf(channel).contentType(ContentType.JSON)
                .body(faultBody(uniqueExternalId()).replace("GZ-TH-03", area).replace("hotline-10010", channel))
                .when().post(TICKETS).then().statusCode(201).extract().path("id");
    }

    /** The ids of the tickets in {@code area} the caller finds. */
    private static List<String> idsIn(RequestSpecification caller, String area) {
        return caller.queryParam("areaCode", area).get(TICKETS).then().statusCode(200).extract().jsonPath().getList("id");
    }
}
