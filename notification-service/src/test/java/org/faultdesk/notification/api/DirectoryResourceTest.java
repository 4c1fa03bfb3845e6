package org.faultdesk.notification.api;

import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.faultdesk.platform.test.TestIdentity.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The directory, the on-call question, the delivery log and acknowledgements over REST. */
@QuarkusTest
class DirectoryResourceTest {

    @Test
    void theDemoDirectoryIsSeededAndMarkedAsDemo() {
        admin().get("/api/v1/people/P-GZ-DM-01").then().statusCode(200)
                .body("name", containsString("(demo)"))
                .body("email", is("duty.gz@demo.faultdesk.example"));
        admin().queryParam("areaCode", "GZ-TIANHE-03").get("/api/v1/on-call-shifts").then().statusCode(200)
                .body("role", hasItem("TEAM_LEAD"));
    }

    @Test
    void onCallAnswersWithTheFallbackAtNight() {
        // 23:00 Shanghai: Tianhe's team lead is off duty, the city's duty manager stands in.
        admin().queryParam("role", "TEAM_LEAD").queryParam("areaCode", "GZ-TIANHE-03")
                .queryParam("at", "2026-11-23T15:00:00Z")
                .get("/api/v1/on-call").then().statusCode(200)
                .body("personId", is("P-GZ-DM-01"))
                .body("holding", is("DUTY_MANAGER"))
                .body("asked", is("TEAM_LEAD"));
        admin().queryParam("role", "TEAM_LEAD").queryParam("areaCode", "GZ-TIANHE-03")
                .queryParam("at", "2026-11-23T02:00:00Z")
                .get("/api/v1/on-call").then().statusCode(200)
                .body("personId", is("P-GZ-TL-01"));
    }

    @Test
    void aPersonIsCreatedAndPutOnCall() {
        String id = "P-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Zhou Jie", "phone", "+8613700000000", "language", "en"))
                .put("/api/v1/people/{id}", id).then().statusCode(200)
                .body("language", is("en"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("personId", id, "role", "CONTROL_CENTRE", "areaCode", "ZZ-" + id,
                        "startsAt", "00:00", "endsAt", "00:00"))
                .post("/api/v1/on-call-shifts").then().statusCode(201)
                .body("personId", is(id));
        admin().queryParam("role", "CONTROL_CENTRE").queryParam("areaCode", "ZZ-" + id)
                .get("/api/v1/on-call").then().statusCode(200).body("personId", is(id));
    }

    @Test
    void badInputGetsAProblemNotAServerError() {
        String id = "P-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON).body(Map.of("id", id, "name", "No Channel"))
                .put("/api/v1/people/{id}", id).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("e-mail or a phone"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("personId", "P-GZ-DM-01", "role", "JANITOR", "areaCode", "GZ",
                        "startsAt", "00:00", "endsAt", "00:00"))
                .post("/api/v1/on-call-shifts").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("JANITOR"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("personId", "P-NOBODY", "role", "TEAM_LEAD", "areaCode", "GZ",
                        "startsAt", "00:00", "endsAt", "00:00"))
                .post("/api/v1/on-call-shifts").then().statusCode(404)
                .contentType("application/problem+json");
        admin().get("/api/v1/deliveries").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("ticketId"));
        supervisor("P-GZ-DM-01").post("/api/v1/escalations/{id}/acknowledgement", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
