package org.faultdesk.platform.launch;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.faultdesk.platform.process.LocalProcesses;

/**
 * One packaged service ({@code <service>/target/quarkus-app/quarkus-run.jar}) run as its own OS
 * process, configured by environment variables as an operator would, its output appended to
 * {@code <name>.log} across restarts and its pid in {@code <name>.pid}. It can be killed with
 * SIGKILL and started again on the same port.
 */
public final class ServiceProcess {

    /** A start takes 10–20 s here; 110 s was seen while other builds loaded the machine. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final Path pidFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    /**
     * @param environment the service's settings; the caller gives at least HTTP_PORT's value as
     *                    {@code port} (it is added), DB_URL, the database login
     *                    ({@link Databases.ServiceLogin#environment()}) and KAFKA_BOOTSTRAP_SERVERS
     */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
                          Path workDir) {
        this(name, jar, port, environment, jvmOptions, workDir, workDir);
    }

    /** The same, with the log in {@code logDir} and the pid file in {@code pidDir}. */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
                          Path logDir, Path pidDir) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logFile = logDir.resolve(name + ".log");
        this.pidFile = pidDir.resolve(name + ".pid");
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the process and waits until it is ready ({@link #READY_TIMEOUT} at most). */
    public void start() {
        launch();
        awaitReady(READY_TIMEOUT);
    }

    /** Starts the process without waiting, so that several services can start side by side. */
    public void launch() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        stopRecorded(pidFile, Duration.ZERO); // a leftover of a run that was itself killed
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            Files.writeString(logFile, "----- " + name + " starting at " + Instant.now() + " -----\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("HTTP_PORT", Integer.toString(port));
            process = builder.start();
            LocalProcesses.writePid(pidFile, process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 (database and Kafka up); fails with the log's tail. */
    public void awaitReady(Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        while (!isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " during start; "
                        + "last lines of " + logFile + ":\n" + logTail(40));
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(name + " not ready on " + baseUrl() + " after " + timeout.toSeconds()
                        + " s; last lines of " + logFile + ":\n" + logTail(40));
            }
            LocalProcesses.pause(Duration.ofMillis(250));
        }
    }

    public boolean isReady() {
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
    public void kill() {
        process.destroyForcibly();
        awaitGone(process.toHandle());
        deletePidFile();
        appendToLog("----- " + name + " killed (SIGKILL) at " + Instant.now() + " -----\n");
    }

    /** Asks the process to stop (SIGTERM) without waiting, so that several services stop side by side. */
    public void terminate() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * A graceful stop: SIGTERM, then waits up to {@code bound} for the process to exit by itself.
     * Returns whether it did; if not, it is killed (SIGKILL).
     */
    public boolean stopWithin(Duration bound) {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        boolean exited;
        try {
            exited = process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited) {
            process.destroyForcibly();
            awaitGone(process.toHandle());
        }
        deletePidFile();
        appendToLog("----- " + name + (exited ? " stopped (SIGTERM)" : " killed (SIGKILL) after " + bound) + " at "
                + Instant.now() + " -----\n");
        return exited;
    }

    /** Waits until a terminated process has exited; kills it (SIGKILL) after {@code grace}. */
    public void awaitExit(Duration grace) {
        if (process != null) {
            stop(process.toHandle(), grace);
            deletePidFile();
        }
    }

    /**
     * Stops the service whose pid {@code pidFile} holds, if it runs and is a packaged Quarkus service
     * (a recycled pid is left alone): SIGTERM, then SIGKILL after {@code grace}. Returns whether one
     * was running.
     */
    public static boolean stopRecorded(Path pidFile, Duration grace) {
        return stopRecorded(List.of(pidFile), grace).get(0);
    }

    /** The same for several services, asked to stop all at once, then waited for. */
    public static List<Boolean> stopRecorded(List<Path> pidFiles, Duration grace) {
        List<Optional<ProcessHandle>> running = pidFiles.stream().map(ServiceProcess::recordedService).toList();
        running.forEach(process -> process.ifPresent(grace.isZero() ? ProcessHandle::destroyForcibly : ProcessHandle::destroy));
        for (int i = 0; i < pidFiles.size(); i++) {
            running.get(i).ifPresent(process -> stop(process, grace));
            try {
                Files.deleteIfExists(pidFiles.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running.stream().map(Optional::isPresent).toList();
    }

    private static Optional<ProcessHandle> recordedService(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine().map(line -> line.contains("quarkus-run.jar")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + pidFile, e);
        }
    }

    private static void stop(ProcessHandle process, Duration grace) {
        if (grace.isZero()) {
            process.destroyForcibly();
        } else {
            process.destroy();
            try {
                process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        awaitGone(process);
    }

    private static void awaitGone(ProcessHandle process) {
        try {
            process.onExit().get(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("pid " + process.pid() + " did not exit", e);
        }
    }

    /** The last lines of the log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void deletePidFile() {
        LocalProcesses.deletePidFile(pidFile);
    }

    private void appendToLog(String text) {
        try {
            Files.writeString(logFile, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
