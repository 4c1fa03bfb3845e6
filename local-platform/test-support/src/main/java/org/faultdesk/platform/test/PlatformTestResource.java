package org.faultdesk.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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
        return config;
    }

    @Override
    public void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
