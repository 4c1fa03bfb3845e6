package org.faultdesk.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service's tests a real Kafka broker and a real PostgreSQL database of the service's own.
 *
 * <p>Without Docker (the default on our build machines) it starts a broker of the test JVM's own
 * ({@link OwnTestBroker}: one module's tests never see another's events) and uses the local
 * PostgreSQL, creating the database if missing. Where a Docker engine really answers and
 * {@code FAULTDESK_TESTCONTAINERS} is not {@code false}, it starts Testcontainers instead.
 *
 * <p>Use: {@code @QuarkusTestResource(value = PlatformTestResource.class,
 * initArgs = @ResourceArg(name = "database", value = "ticket_service_test"))}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private TestInfrastructure infrastructure;
    private final OidcWiremockTestResource identityProvider = new OidcWiremockTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("PlatformTestResource needs the init arg 'database' "
                    + "(lower-case letters, digits, underscores), got " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        infrastructure = TestInfrastructure.choose();
        String bootstrapServers = infrastructure.kafkaBootstrapServers();
        TestDatabase db = infrastructure.database(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        config.put("quarkus.datasource.username", db.username());
        config.put("quarkus.datasource.password", db.password());
        // Our own infrastructure is provided: Dev Services must never try to start containers.
        config.put("quarkus.devservices.enabled", "false");
        System.setProperty(TestKafka.BOOTSTRAP_PROPERTY, bootstrapServers);
        config.putAll(identityProvider());
        return config;
    }

    /**
     * The service's tests get an OIDC provider of their own: discovery and signing keys served by
     * WireMock, tokens for any user and roles from {@link TestIdentity}. The service verifies them
     * exactly as it verifies the real identity provider's (end-to-end tests run Keycloak).
     */
    private Map<String, String> identityProvider() {
        Map<String, String> config = new HashMap<>(identityProvider.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        config.put("quarkus.oidc.token.issuer", TestIdentity.ISSUER);
        config.put("quarkus.oidc-client.credentials.secret", "test-client-secret");
        return config;
    }

    @Override
    public void stop() {
        identityProvider.stop();
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
