package org.faultdesk.platform.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a local broker listens and keeps its files.
 *
 * @param home      folder for configuration, data, log and pid file
 * @param ephemeral whether data is wiped whenever a new broker process starts (tests: every run
 *                  starts from empty topics; the platform keeps its data across restarts)
 * @param sasl      SASL/SCRAM credentials the broker requires of every client, or null for none
 */
public record BrokerSettings(String host, int port, int controllerPort, Path home, boolean ephemeral, String maxHeap,
                             ScramUser sasl) {

    /** A SCRAM-SHA-512 user: the broker's own and every client's. */
    public record ScramUser(String name, String password) {

        /** The JAAS line a client (or the broker's listener) logs in with. */
        public String jaasConfig() {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                    + "\" password=\"" + password + "\";";
        }
    }

    public static final String SCRAM = "SCRAM-SHA-512";

    /** A broker that takes any client (PLAINTEXT). */
    public BrokerSettings(String host, int port, int controllerPort, Path home, boolean ephemeral, String maxHeap) {
        this(host, port, controllerPort, home, ephemeral, maxHeap, null);
    }

    /** The broker of {@code ./platform up}: 9092 unless KAFKA_PORT says otherwise. */
    public static BrokerSettings forPlatform(Path projectRoot) {
        int port = intFromEnv("KAFKA_PORT", 9092);
        return new BrokerSettings("127.0.0.1", port, intFromEnv("KAFKA_CONTROLLER_PORT", port + 1),
                projectRoot.resolve(".platform/kafka"), false, "1g");
    }

    /**
     * The broker the tests share: its own port and folder, so a test run never feeds events to
     * services started with {@code ./platform up}.
     */
    public static BrokerSettings forTests(Path projectRoot) {
        int port = intFromEnv("TEST_KAFKA_PORT", 19092);
        return new BrokerSettings("127.0.0.1", port, port + 1,
                projectRoot.resolve(".platform/test-kafka"), true, "768m");
    }

    /** The same broker, keeping its data when restarted (for tests that stop and restart it). */
    public BrokerSettings keepingData() {
        return new BrokerSettings(host, port, controllerPort, home, false, maxHeap, sasl);
    }

    /** The same broker, refusing every client that does not log in as {@code user} (SASL/SCRAM). */
    public BrokerSettings requiringLogin(ScramUser user) {
        return new BrokerSettings(host, port, controllerPort, home, ephemeral, maxHeap, user);
    }

    /**
     * What a client needs to reach this broker: the bootstrap servers and, when it requires a login,
     * the security settings, under the names of Kafka's client configuration (a service takes the
     * same as {@code kafka.security.protocol}, {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config}).
     */
    public Map<String, Object> clientSettings() {
        Map<String, Object> client = new HashMap<>();
        client.put("bootstrap.servers", bootstrapServers());
        if (sasl != null) {
            client.put("security.protocol", "SASL_PLAINTEXT");
            client.put("sasl.mechanism", SCRAM);
            client.put("sasl.jaas.config", sasl.jaasConfig());
        }
        return client;
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public Path logFile() {
        return home.resolve("broker.log");
    }

    /**
     * The project's root folder: the {@code faultdesk.root} system property (set by the build for
     * every test JVM), else the nearest folder upwards from the working directory that holds mvnw.
     */
    public static Path projectRoot() {
        String configured = System.getProperty("faultdesk.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root (a folder with mvnw and local-platform/) "
                + "above " + Path.of("").toAbsolutePath() + "; set -Dfaultdesk.root");
    }

    private static int intFromEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
