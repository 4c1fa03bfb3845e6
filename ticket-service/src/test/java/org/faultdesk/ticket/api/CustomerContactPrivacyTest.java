package org.faultdesk.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.as;
import static org.faultdesk.platform.test.TestIdentity.contactReader;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.faultdesk.ticket.persistence.ContactReads;
import org.junit.jupiter.api.Test;

/** The customer's contact in full only to those who need it, and every such read recorded (PIPL). */
@QuarkusTest
class CustomerContactPrivacyTest {

    @Inject
    ContactReads contactReads;

    @Test
    void onlyTheAgentSeesTheContactInFullAndEveryFullReadIsRecorded() {
        String area = "PRIV-" + uniqueExternalId().substring(4, 12);
        String id = as("AG-5001", "agent").contentType("application/json")
                .body(faultBody(uniqueExternalId()).replace("GZ-TH-03", area))
                .when().post(TICKETS).then().statusCode(201)
                .body("customerContact.phone", equalTo("13812345678"))
                .extract().path("id");

        // A list is a search over many customers: masked for everyone, the agent too.
        agent().queryParam("areaCode", area).get(TICKETS).then().statusCode(200)
                .body("[0].customerContact.name", equalTo("王**"))
                .body("[0].customerContact.phone", equalTo("138****5678"))
                .body("[0].customerContact.email", equalTo("x****@example.cn"))
                .body("[0].customerContact.address", equalTo("广州****"));
        // Another role reads the ticket, not the customer.
        dispatcher().get(TICKETS + "/" + id).then().statusCode(200)
                .body("customerContact.phone", equalTo("138****5678"))
                .body("customerContact.address", equalTo("广州****"));
        // Fields without the contact are not a read of it.
        as("AG-5002", "agent").queryParam("fields", "status").get(TICKETS + "/" + id).then().statusCode(200);
        as("AG-5003", "agent").get(TICKETS + "/" + id).then().statusCode(200)
                .body("customerContact.name", equalTo("王小明"))
                .body("customerContact.address", equalTo("广州市天河区体育西路 1 号"));
        contactReader().get("/internal/v1/tickets/" + id + "/customer-contact").then().statusCode(200)
                .body("phone", equalTo("13812345678"));

        assertThat(contactReads.of(id)).containsExactly("AG-5001 ticket-view", "AG-5003 ticket-view",
                "service-account-notification-service customer-contact");
    }
}
