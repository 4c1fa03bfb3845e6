package org.faultdesk.platform.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.faultdesk.platform.keycloak.LocalKeycloak;

/**
 * The demo's people as the local platform's Keycloak knows them: each is created there on first
 * use with the role they act in, and their token is fetched again before it expires. The demo's
 * agents work for every channel its tickets come by, its supervisors look after every demo area.
 */
final class Tokens {

    /** Keycloak's tokens in the local realm live 15 minutes; one is used for 10 at most. */
    private static final Duration USE_FOR = Duration.ofMinutes(10);

    private record Token(String value, Instant fetchedAt) {
    }

    private final LocalKeycloak keycloak;
    private final Map<String, Token> held = new ConcurrentHashMap<>();

    Tokens(LocalKeycloak keycloak) {
        this.keycloak = keycloak;
    }

    /** A valid access token of {@code user}, who acts as {@code role}. */
    String of(String user, String role) {
        return held.compute(user, (name, token) -> {
            if (token != null && token.fetchedAt().plus(USE_FOR).isAfter(Instant.now())) {
                return token;
            }
            if (token == null) {
                keycloak.putUser(name, scopeOf(role), role);
            }
            return new Token(keycloak.token(name), Instant.now());
        }).value();
    }

    /** What a demo user of {@code role} may see: the attributes the realm maps into the token. */
    static Map<String, List<String>> scopeOf(String role) {
        return switch (role) {
            case "agent" -> Map.of("channel", TicketMix.CHANNELS);
            case "supervisor" -> Map.of("areas", DemoAreas.ALL.stream().map(DemoArea::code).toList());
            default -> Map.of();
        };
    }
}
