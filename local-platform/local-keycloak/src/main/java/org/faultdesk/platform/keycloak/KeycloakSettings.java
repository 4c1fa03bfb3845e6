package org.faultdesk.platform.keycloak;

import java.nio.file.Path;

/**
 * Where a local Keycloak listens and keeps its files.
 *
 * @param host           the address it binds to and names in its tokens' issuer
 * @param httpPort       the port of the realm endpoints (tokens, discovery, admin API)
 * @param managementPort the port of its health endpoints
 * @param home           this instance's folder: database, secrets, log, pid
 * @param maxHeap        the JVM's maximum heap, e.g. {@code 256m}
 */
public record KeycloakSettings(String host, int httpPort, int managementPort, Path home, String maxHeap) {

    /** The realm the platform's services trust. */
    public static final String REALM = "faultdesk";

    /**
     * {@code ./platform}: 127.0.0.1:8180 (health on 8190), files in {@code .platform/keycloak};
     * {@code KEYCLOAK_PORT} and {@code KEYCLOAK_HOME} move them (the benchmarks run one of their own).
     */
    public static KeycloakSettings forPlatform(Path projectRoot) {
        int port = Integer.parseInt(envOr("KEYCLOAK_PORT", "8180"));
        Path home = Path.of(envOr("KEYCLOAK_HOME", projectRoot.resolve(".platform").resolve("keycloak").toString()));
        return new KeycloakSettings("127.0.0.1", port, port + 10, home, envOr("KEYCLOAK_HEAP", "256m"));
    }

    /** The issuer the services are configured with ({@code OIDC_ISSUER}). */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String baseUrl() {
        return "http://" + host + ":" + httpPort;
    }

    public Path logFile() {
        return home.resolve("keycloak.log");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
