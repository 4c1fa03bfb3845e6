package org.faultdesk.notification;

import static org.faultdesk.platform.test.TestIdentity.admin;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.faultdesk.events.EscalationRole;

/** Puts a supervisor of a test's own area into the directory and on call all day, over the REST API. */
public final class Supervisors {

    private Supervisors() {
    }

    /** A fresh area code, so that no seeded or other test's shift covers it. */
    public static String area() {
        return "TST" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-01";
    }

    /** Creates a person on call for {@code role} in {@code area} around the clock; returns the person id. */
    public static String onCall(EscalationRole role, String area, String teamId, String language) {
        String id = "P-" + UUID.randomUUID().toString().substring(0, 12);
        String phone = String.format("+86139%08d", Math.abs(id.hashCode() % 100_000_000));
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Test " + role, "email", id.toLowerCase() + "@test.example",
                        "phone", phone, "language", language))
                .put("/api/v1/people/{id}", id)
                .then().statusCode(200);
        Map<String, Object> shift = new HashMap<>(Map.of("personId", id, "role", role.name(),
                "areaCode", area, "startsAt", "00:00", "endsAt", "00:00"));
        if (teamId != null) {
            shift.put("teamId", teamId);
        }
        admin().contentType(ContentType.JSON).body(shift).post("/api/v1/on-call-shifts").then().statusCode(201);
        return id;
    }

    public static String email(String personId) {
        return personId.toLowerCase() + "@test.example";
    }
}
