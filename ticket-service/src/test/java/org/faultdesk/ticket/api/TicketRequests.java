package org.faultdesk.ticket.api;

import static org.faultdesk.platform.test.TestIdentity.agent;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.faultdesk.platform.test.TestIdentity;
import org.faultdesk.support.security.Roles;

/** Create bodies and calls shared by the API tests; every ticket gets a fresh external identifier. */
public final class TicketRequests {

    public static final String TICKETS = "/tmf-api/troubleTicket/v5/troubleTicket";

    private TicketRequests() {
    }

    public static String uniqueExternalId() {
        return "CRM-" + UUID.randomUUID();
    }

    /** A home-broadband fault from the 10010 hotline, for a gold-card customer in Guangzhou Tianhe. */
    public static String faultBody(String externalIdentifier) {
        return """
                {
                  "name": "No internet since 08:00",
                  "description": "Home broadband down since 08:00, ONT LOS light red",
                  "severity": "CRITICAL",
                  "priority": 2,
                  "ticketType": "FAULT",
                  "serviceType": "HOME_BROADBAND",
                  "customerTier": "GOLD",
                  "faultScope": "WITHIN_CITY",
                  "locality": "URBAN",
                  "areaCode": "GZ-TH-03",
                  "channel": "hotline-10010",
                  "externalIdentifier": "%s",
                  "customerContact": {
                    "name": "王小明",
                    "phone": "13812345678",
                    "email": "xiaoming@example.cn",
                    "address": "广州市天河区体育西路 1 号",
                    "language": "zh-CN"
                  },
                  "relatedParty": [{"role": "agent", "id": "AG-1007", "name": "Agent 1007"}],
                  "note": [{"text": "Customer already rebooted the ONT", "author": "AG-1007"}]
                }""".formatted(externalIdentifier);
    }

    /** A call-centre agent whose token names {@code channel} as theirs. */
    public static RequestSpecification agentOf(String channel) {
        return TestIdentity.as("AG-" + channel, Map.of(Roles.CHANNEL_CLAIM, channel), Roles.AGENT);
    }

    /** Opens a ticket and returns its id. */
    public static String open() {
        return open(faultBody(uniqueExternalId()));
    }

    public static String open(String body) {
        return agent().contentType(ContentType.JSON).body(body)
                .when().post(TICKETS)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Merge-patches a ticket, expecting success. */
    public static void patch(String ticketId, String patch) {
        agent().contentType("application/merge-patch+json").body(patch)
                .when().patch(TICKETS + "/" + ticketId)
                .then().statusCode(200);
    }
}
