package org.faultdesk.e2e;

import io.restassured.http.ContentType;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.faultdesk.events.EscalationRole;

/** Registers supervisors and their round-the-clock roster lines through notification-service's REST API. */
final class Supervisors {

    private static final AtomicLong NEXT_PHONE = new AtomicLong(13900000000L);

    /** A person on call, reachable by e-mail and SMS. */
    record Supervisor(String id, EscalationRole role, String email, String phone) {
    }

    private Supervisors() {
    }

    /**
     * One person for every role of the escalation ladder, on call all day for exactly this area:
     * an exact area code beats any city-wide or province-wide line (ADR 0041).
     */
    static Map<EscalationRole, Supervisor> registerFor(Platform platform, String areaCode) {
        Map<EscalationRole, Supervisor> byRole = new EnumMap<>(EscalationRole.class);
        for (EscalationRole role : EscalationRole.values()) {
            String slug = role.name().toLowerCase().replace('_', '-');
            Supervisor supervisor = new Supervisor("P-" + areaCode + "-" + slug, role,
                    slug + "." + areaCode.toLowerCase() + "@supervisors.e2e.example", "+86" + NEXT_PHONE.incrementAndGet());
            platform.as(platform.notificationService(), "admin-e2e", "admin").contentType(ContentType.JSON)
                    .body("""
                            {"id": "%s", "name": "%s of %s (e2e)", "email": "%s", "phone": "%s", "language": "en"}
                            """.formatted(supervisor.id(), slug, areaCode, supervisor.email(), supervisor.phone()))
                    .when().put("/api/v1/people/" + supervisor.id())
                    .then().statusCode(200);
            platform.as(platform.notificationService(), "admin-e2e", "admin").contentType(ContentType.JSON)
                    .body("""
                            {"personId": "%s", "role": "%s", "areaCode": "%s", "startsAt": "00:00", "endsAt": "00:00"}
                            """.formatted(supervisor.id(), role, areaCode))
                    .when().post("/api/v1/on-call-shifts")
                    .then().statusCode(201);
            byRole.put(role, supervisor);
        }
        return byRole;
    }
}
