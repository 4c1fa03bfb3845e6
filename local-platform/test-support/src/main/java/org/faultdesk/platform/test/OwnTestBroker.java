package org.faultdesk.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.faultdesk.platform.kafka.BrokerSettings;
import org.faultdesk.platform.kafka.LocalKafka;

/**
 * The Kafka broker of one test JVM (one module's test run): started on free ports with empty topics
 * the first time a test asks for it, stopped and deleted when the JVM exits. Each module's tests
 * therefore see only their own events: no production code has to skip other modules' tickets,
 * and two modules' tests may run at the same time.
 *
 * <p>Brokers live in {@code .platform/test-kafka/jvm-<pid>}. A test JVM that was killed cannot stop
 * its broker, so each new one first stops the brokers of test JVMs that are gone.
 */
final class OwnTestBroker {

    private static final String PREFIX = "jvm-";
    private static LocalKafka broker;

    private OwnTestBroker() {
    }

    /** The bootstrap servers of this JVM's broker, started on first use. */
    static synchronized String bootstrapServers() {
        if (broker == null) {
            Path runs = BrokerSettings.projectRoot().resolve(".platform/test-kafka");
            stopOrphans(runs);
            Path home = runs.resolve(PREFIX + ProcessHandle.current().pid());
            LocalKafka started = new LocalKafka(new BrokerSettings("127.0.0.1", freePort(), freePort(), home, true, "512m"));
            try {
                started.ensureRunning();
            } catch (RuntimeException e) {
                throw new IllegalStateException("Tests need a Kafka broker and none could be started: " + e.getMessage()
                        + ". The local broker is started from Maven artifacts (build local-platform/local-kafka), "
                        + "or run Docker so that Testcontainers can be used.", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(started), "stop-test-kafka"));
            broker = started;
        }
        return broker.settings().bootstrapServers();
    }

    private static void stopOrphans(Path runs) {
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> folders = Files.list(runs)) {
            folders.filter(folder -> folder.getFileName().toString().startsWith(PREFIX))
                    .filter(folder -> !ownerAlive(folder))
                    .forEach(folder -> stopAndDelete(new LocalKafka(
                            new BrokerSettings("127.0.0.1", 0, 0, folder, true, "512m"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for orphaned test brokers in " + runs, e);
        }
    }

    private static boolean ownerAlive(Path folder) {
        try {
            long pid = Long.parseLong(folder.getFileName().toString().substring(PREFIX.length()));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void stopAndDelete(LocalKafka kafka) {
        kafka.stop();
        try (Stream<Path> files = Files.walk(kafka.settings().home())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A folder left behind is removed by the next run's orphan sweep.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test broker", e);
        }
    }
}
