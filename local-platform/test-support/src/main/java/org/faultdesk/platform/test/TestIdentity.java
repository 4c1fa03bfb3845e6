package org.faultdesk.platform.test;

import static io.restassured.RestAssured.given;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for a service's tests, signed by the test identity provider that
 * {@link PlatformTestResource} starts: {@code as("agent-1", Roles.AGENT).get(...)} calls as that user
 * with those roles. The user name is the token's {@code preferred_username}, the service's caller.
 * As the platform's identity provider does, an agent's token names the channel the agent works for
 * ({@value #AGENT_CHANNEL} unless a test names others) and a supervisor's the areas they look
 * after ({@value #SUPERVISOR_AREAS}); {@link #as(String, Map, String...)} sets any claim.
 */
public final class TestIdentity {

    /** Every role of the platform (support.security.Roles), as the identity provider names them. */
    public static final List<String> ROLES = List.of("agent", "technician", "dispatcher", "supervisor", "ops", "admin",
            "contact-reader");

    /** The issuer the test provider writes into its tokens. */
    static final String ISSUER = "https://server.example.com";

    /** The channel of an agent's token unless a test names another (the tests' tickets come from it). */
    public static final String AGENT_CHANNEL = "hotline-10010";
    /** The areas of a supervisor's token unless a test names others. */
    public static final String SUPERVISOR_AREAS = "GZ-TH-03 GZ-PY-01 SZ-NS-01";

    private TestIdentity() {
    }

    /** A signed access token for {@code user} with {@code roles} (and an agent's channel, a supervisor's areas). */
    public static String token(String user, String... roles) {
        Map<String, String> claims = new HashMap<>();
        List<String> granted = List.of(roles);
        if (granted.contains("agent")) {
            claims.put("channel", AGENT_CHANNEL);
        }
        if (granted.contains("supervisor")) {
            claims.put("areas", SUPERVISOR_AREAS);
        }
        return token(user, claims, roles);
    }

    /** A signed access token for {@code user} with {@code roles} and exactly these other claims. */
    public static String token(String user, Map<String, String> claims, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), "123456", "Bearer", Set.of(ISSUER),
                claims);
    }

    /** A RestAssured request as {@code user} with {@code roles}. */
    public static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(token(user, roles));
    }

    /** A RestAssured request as {@code user} with {@code roles} and exactly these other claims. */
    public static RequestSpecification as(String user, Map<String, String> claims, String... roles) {
        return given().auth().oauth2(token(user, claims, roles));
    }

    /** A call-centre agent. */
    public static RequestSpecification agent() {
        return as("agent-1", "agent");
    }

    /** The field technician {@code technicianId} (the id is the user name). */
    public static RequestSpecification technician(String technicianId) {
        return as(technicianId, "technician");
    }

    public static RequestSpecification dispatcher() {
        return as("dispatcher-1", "dispatcher");
    }

    /** The supervisor {@code personId} of notification-service's directory. */
    public static RequestSpecification supervisor(String personId) {
        return as(personId, "supervisor");
    }

    public static RequestSpecification ops() {
        return as("ops-1", "ops");
    }

    public static RequestSpecification admin() {
        return as("admin-1", "admin");
    }

    /** Every role of the platform at once (no real user has them): to reach every handler. */
    public static RequestSpecification everyRole() {
        return as("every-role", ROLES.toArray(String[]::new));
    }

    /** A service account allowed to read customers' contacts (notification-service's, dispatch's). */
    public static RequestSpecification contactReader() {
        return as("service-account-notification-service", "contact-reader");
    }
}
