package org.faultdesk.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One packaged service ({@code <service>/target/quarkus-app/quarkus-run.jar}) run as its own OS
 * process, configured by environment variables as an operator would, its output appended to one
 * log file across restarts. It can be killed with SIGKILL and started again on the same port.
 */
final class ServiceProcess {

    /** A start takes 10–20 s here; 110 s was seen while other builds loaded the machine. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Path pidFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path workDir) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = workDir.resolve(name + ".log");
        this.pidFile = workDir.resolve(name + ".pid");
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path logFile() {
        return logFile;
    }

    /** Starts the process and waits until {@code /q/health/ready} answers 200 (database and Kafka up). */
    void start() {
        launch();
        awaitReady();
    }

    /** Starts the process without waiting, so that several services can start side by side. */
    void launch() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first "
                    + "(./mvnw -pl end-to-end-tests -am verify builds them)");
        }
        killLeftoverOfAnEarlierRun();
        // C1 only and one GC thread: four JVMs start on two cores about twice as fast (as ./platform
        // demo measured), and restarts are part of the tests; the light test load needs no C2 code.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString());
        try {
            Files.writeString(logFile, "----- " + name + " starting at " + Instant.now() + " -----\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    void awaitReady() {
        try {
            await(name + " ready on " + baseUrl()).atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError(name + " exited with code " + process.exitValue() + " during start");
                        }
                        return isReady();
                    });
        } catch (AssertionError | ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; last lines of " + logFile + ":\n" + logTail(40), e);
        }
    }

    private boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code kill -9}: no shutdown hook, no graceful close; waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
        appendToLog("----- " + name + " killed (SIGKILL) at " + Instant.now() + " -----\n");
    }

    /** Asks the process to stop (SIGTERM) without waiting, so that several services stop side by side. */
    void terminate() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * Waits until a terminated process has exited; kills it (SIGKILL) after {@link #STOP_GRACE}:
     * nothing of a run is kept, so a slow graceful stop only costs time.
     */
    void awaitExit() {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        waitForExit();
    }

    private void waitForExit() {
        try {
            process.onExit().get(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") did not exit", e);
        }
    }

    /**
     * A run whose test JVM was itself killed leaves its services running, connected to databases
     * this run is about to drop: end them by the pid they wrote, if it still is our jar.
     */
    private void killLeftoverOfAnEarlierRun() {
        try {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                        .filter(p -> p.info().commandLine().map(line -> line.contains(jar.toString())).orElse(false))
                        .ifPresent(ProcessHandle::destroyForcibly);
                Files.delete(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + pidFile, e);
        }
    }

    /** The last lines of the log, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void appendToLog(String text) {
        try {
            Files.writeString(logFile, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
