package org.faultdesk.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.faultdesk.events.Topics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The broker and database server behind a test run: local processes, or containers where Docker runs. */
interface TestInfrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    TestDatabase database(String name);

    @Override
    void close();

    static TestInfrastructure choose() {
        boolean containersAllowed = !"false".equalsIgnoreCase(System.getenv("FAULTDESK_TESTCONTAINERS"));
        if (containersAllowed && dockerAnswers()) {
            return new Containers();
        }
        return new Local();
    }

    /** Only ask Testcontainers when a Docker endpoint is configured at all: the question is slow. */
    private static boolean dockerAnswers() {
        boolean endpointConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!endpointConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A broker of this test JVM's own and the PostgreSQL server on this machine. */
    final class Local implements TestInfrastructure {

        private static final String PG_HOST = envOr("TEST_PG_HOST", "127.0.0.1");
        private static final String PG_PORT = envOr("TEST_PG_PORT", "5432");
        private static final String PG_USER = envOr("TEST_PG_USER", "postgres");
        private static final String PG_PASSWORD = envOr("TEST_PG_PASSWORD", "postgres");

        @Override
        public String kafkaBootstrapServers() {
            return OwnTestBroker.bootstrapServers();
        }

        @Override
        public TestDatabase database(String name) {
            String serverUrl = "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres";
            try (Connection connection = DriverManager.getConnection(serverUrl, PG_USER, PG_PASSWORD)) {
                createIfMissing(connection, name);
            } catch (SQLException e) {
                throw new IllegalStateException("Tests need PostgreSQL at " + PG_HOST + ":" + PG_PORT + " (user " + PG_USER
                        + ") and cannot reach it: " + e.getMessage() + ". Start the local cluster "
                        + "(pg_ctlcluster 15 main start), set TEST_PG_HOST/TEST_PG_PORT/TEST_PG_USER/TEST_PG_PASSWORD, "
                        + "or run Docker so that Testcontainers can be used.", e);
            }
            return new TestDatabase("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name, PG_USER, PG_PASSWORD);
        }

        private static void createIfMissing(Connection connection, String name) throws SQLException {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name was checked against [a-z][a-z0-9_]* by the caller.
                create.execute("create database " + name);
            } catch (SQLException e) {
                // Another test JVM created it a moment ago: that is what we wanted.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }

        @Override
        public void close() {
            // The broker serves every test class of this JVM; it stops when the JVM exits (OwnTestBroker).
        }
    }

    /** Throw-away containers, only where a Docker engine answers. */
    final class Containers implements TestInfrastructure {

        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        private PostgreSQLContainer postgres;

        Containers() {
            kafka.start();
            createTopics(kafka.getBootstrapServers());
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public TestDatabase database(String name) {
            postgres = new PostgreSQLContainer("postgres:16-alpine").withDatabaseName(name);
            postgres.start();
            return new TestDatabase(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        }

        private static void createTopics(String bootstrapServers) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                List<NewTopic> topics = Topics.ALL.stream()
                        .map(topic -> new NewTopic(topic, Topics.PARTITIONS, (short) 1))
                        .toList();
                admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot create topics in the Kafka container", e);
            }
        }

        @Override
        public void close() {
            if (postgres != null) {
                postgres.stop();
            }
            kafka.stop();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
