package org.faultdesk.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.faultdesk.events.CustomerTier;

/** ticket-service's call-centre API, as a call centre uses it. */
final class Tickets {

    static final String PATH = "/tmf-api/troubleTicket/v5/troubleTicket";

    private Tickets() {
    }

    /** Opens an enterprise internet leased-line fault; returns the ticket id answered with 201. */
    static String openLeasedLineFault(Platform platform, CustomerTier tier, String areaCode, Customer customer) {
        String body = """
                {"name": "Leased line down",
                 "description": "Enterprise internet leased line down since 09:10, CPE shows no carrier",
                 "severity": "CRITICAL", "priority": 1, "ticketType": "FAULT",
                 "serviceType": "INTERNET_LEASED_LINE", "customerTier": "%s",
                 "faultScope": "WITHIN_CITY", "locality": "URBAN", "areaCode": "%s",
                 "channel": "customerManager",
                 "customerContact": {"name": "%s", "phone": "%s", "email": "%s", "language": "en"}}
                """.formatted(tier, areaCode, customer.name(), customer.phone(), customer.email());
        return given().baseUri(platform.ticketService().baseUrl()).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(201)
                .extract().path("id");
    }
}
