package org.faultdesk.platform.test;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops and starts the machine's PostgreSQL cluster, for tests of what the services do while their
 * database is away (the Debian cluster tools, as root; the build machines are set up so). Every
 * database on the cluster goes down with it: such a test restarts it in a {@code finally}, and
 * {@link #start()} returns only once it accepts connections again.
 */
public final class LocalPostgres {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private LocalPostgres() {
    }

    public static void stop() {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", "stop", "-m", "fast");
    }

    public static void start() {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", "start");
        await("PostgreSQL accepting connections").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(LocalPostgres::accepting);
    }

    private static boolean accepting() {
        try {
            Process ready = new ProcessBuilder("pg_isready", "-h", "127.0.0.1", "-q").start();
            return ready.waitFor(10, TimeUnit.SECONDS) && ready.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The newest cluster version installed ({@code /etc/postgresql/<version>}), as .ci/run picks it. */
    private static String version() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(path -> path.getFileName().toString())
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.replaceAll("\\D.*", ""))))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster in /etc/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("tests that stop the database need the local PostgreSQL cluster", e);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
