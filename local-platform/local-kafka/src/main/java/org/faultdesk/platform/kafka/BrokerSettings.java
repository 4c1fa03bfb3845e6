package org.faultdesk.platform.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a local broker listens and keeps its files.
 *
 * @param home      folder for configuration, data, log and pid file
 * @param ephemeral whether data is wiped whenever a new broker process starts (tests: every run
 *                  starts from empty topics; the platform keeps its data across restarts)
 */
public record BrokerSettings(String host, int port, int controllerPort, Path home, boolean ephemeral, String maxHeap) {

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
        return new BrokerSettings(host, port, controllerPort, home, false, maxHeap);
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
