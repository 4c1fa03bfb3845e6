package org.faultdesk.platform.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.process.LocalProcesses;

/**
 * A real single-node Apache Kafka broker (KRaft mode) run as its own JVM process from the jars on
 * Maven Central, for machines without Docker. The broker's jars are never on this JVM's classpath:
 * their kafka-clients differs from the services' one.
 *
 * <p>Everything lives in one folder ({@link BrokerSettings#home()}): the generated configuration,
 * the data, the log and the pid file. A broker already listening on the port is reused, so the
 * tests of every module and {@code ./platform up} share one; starting is guarded by a file lock so
 * that two JVMs starting at once do not start two brokers.
 */
public final class LocalKafka {

    private static final String CLASSPATH_RESOURCE = "/META-INF/faultdesk/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final BrokerSettings settings;

    public LocalKafka(BrokerSettings settings) {
        this.settings = settings;
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** Starts the broker unless one answers already, then makes sure every topic exists. */
    public Status ensureRunning() {
        try {
            return LocalProcesses.underLock(settings.home().resolve("start.lock"), () -> {
                boolean reused = isRunning();
                if (reused) {
                    awaitBroker(Optional.empty());
                } else {
                    start();
                }
                createTopics();
                return new Status(settings.bootstrapServers(), reused, readPid());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local Kafka broker in " + settings.home(), e);
        }
    }

    /** Stops the broker this folder started, if it runs; returns whether one was stopped. */
    public boolean stop() {
        Optional<ProcessHandle> broker = readPid().flatMap(ProcessHandle::of).filter(LocalKafka::isKafkaBroker);
        if (broker.isEmpty()) {
            deletePidFile();
            return false;
        }
        LocalProcesses.stopTree(broker.get(), STOP_TIMEOUT);
        deletePidFile();
        return true;
    }

    /**
     * Kills the broker with SIGKILL, as a crash would: no controlled shutdown, no flush. Returns
     * whether one was running. Its data stays: {@code keepingData()} settings start it again as it was.
     */
    public boolean kill() {
        Optional<ProcessHandle> broker = readPid().flatMap(ProcessHandle::of).filter(LocalKafka::isKafkaBroker);
        if (broker.isEmpty()) {
            return false;
        }
        broker.get().destroyForcibly();
        try {
            broker.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the broker did not die on SIGKILL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deletePidFile();
        return true;
    }

    /** Whether something answers on the broker's port. */
    public boolean isRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public Optional<Long> readPid() {
        return LocalProcesses.readPid(settings.home().resolve("broker.pid"));
    }

    private void start() throws IOException {
        Path data = settings.home().resolve("data");
        if (settings.ephemeral()) {
            deleteRecursively(data);
        }
        Path serverProperties = writeServerProperties(data);
        Path log4jConfig = writeLog4jConfig();
        String classpath = brokerClasspath();
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(classpath, log4jConfig, serverProperties);
        }
        List<String> command = javaCommand(classpath, log4jConfig, "kafka.Kafka", serverProperties.toString());
        command.add(2, "-Xmx" + settings.maxHeap());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        LocalProcesses.writePid(settings.home().resolve("broker.pid"), process.pid());
        awaitBroker(Optional.of(process));
    }

    private void format(String classpath, Path log4jConfig, Path serverProperties) throws IOException {
        List<String> command = javaCommand(classpath, log4jConfig, "kafka.tools.StorageTool",
                "format", "--ignore-formatted", "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString());
        if (settings.sasl() != null) {
            // KRaft keeps SCRAM users in its metadata: the first one is written at format time.
            command.addAll(List.of("--add-scram", BrokerSettings.SCRAM + "=[name=" + settings.sasl().name()
                    + ",password=" + settings.sasl().password() + "]"));
        }
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage failed; see " + settings.logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting the Kafka storage", e);
        }
    }

    private List<String> javaCommand(String classpath, Path log4jConfig, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dlog4j2.configurationFile=" + log4jConfig);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private void awaitBroker(Optional<Process> startedNow) {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        RuntimeException lastError = null;
        while (Instant.now().isBefore(giveUp)) {
            if (startedNow.isPresent() && !startedNow.get().isAlive()) {
                throw new IllegalStateException("the Kafka broker exited with code " + startedNow.get().exitValue()
                        + " during start; see " + settings.logFile());
            }
            if (isRunning()) {
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    lastError = new IllegalStateException(e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
            LocalProcesses.pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException("no Kafka broker answered on " + settings.bootstrapServers() + " within "
                + START_TIMEOUT.toSeconds() + " s; see " + settings.logFile(), lastError);
    }

    private void createTopics() {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Topics.PARTITIONS, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topics: " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating the topics timed out on " + settings.bootstrapServers(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private Admin admin() {
        Map<String, Object> client = settings.clientSettings();
        client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(client);
    }

    private Path writeServerProperties(Path data) throws IOException {
        Properties server = new Properties();
        String host = settings.host();
        server.setProperty("process.roles", "broker,controller");
        server.setProperty("node.id", "1");
        server.setProperty("controller.quorum.voters", "1@" + host + ":" + settings.controllerPort());
        // With a login required, the clients' listener speaks SASL/SCRAM only; the controller's
        // listener (this process talking to itself) stays plain, on its own port.
        String listener = settings.sasl() == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        server.setProperty("listeners", listener + "://" + host + ":" + settings.port()
                + ",CONTROLLER://" + host + ":" + settings.controllerPort());
        server.setProperty("advertised.listeners", listener + "://" + host + ":" + settings.port());
        server.setProperty("controller.listener.names", "CONTROLLER");
        server.setProperty("inter.broker.listener.name", listener);
        server.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT," + listener + ":" + listener);
        if (settings.sasl() != null) {
            server.setProperty("sasl.enabled.mechanisms", BrokerSettings.SCRAM);
            server.setProperty("sasl.mechanism.inter.broker.protocol", BrokerSettings.SCRAM);
            server.setProperty("listener.name.sasl_plaintext." + BrokerSettings.SCRAM.toLowerCase() + ".sasl.jaas.config",
                    settings.sasl().jaasConfig());
        }
        server.setProperty("log.dirs", data.toString());
        // Topics are part of the contract and created explicitly: a typo must not invent a topic.
        server.setProperty("auto.create.topics.enable", "false");
        server.setProperty("num.partitions", Integer.toString(Topics.PARTITIONS));
        server.setProperty("offsets.topic.replication.factor", "1");
        server.setProperty("offsets.topic.num.partitions", "6");
        server.setProperty("transaction.state.log.replication.factor", "1");
        server.setProperty("transaction.state.log.min.isr", "1");
        server.setProperty("share.coordinator.state.topic.replication.factor", "1");
        server.setProperty("share.coordinator.state.topic.min.isr", "1");
        server.setProperty("group.initial.rebalance.delay.ms", "0");
        Path file = settings.home().resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            server.store(out, "generated by LocalKafka; edit BrokerSettings instead");
        }
        return file;
    }

    private Path writeLog4jConfig() throws IOException {
        Path file = settings.home().resolve("log4j2.properties");
        Files.writeString(file, """
                status = warn
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = INFO
                rootLogger.appenderRef.console.ref = console
                logger.kafka.name = kafka
                logger.kafka.level = INFO
                logger.state.name = state.change.logger
                logger.state.level = WARN
                """);
        return file;
    }

    private static String brokerClasspath() {
        try (InputStream in = LocalKafka.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the module "
                        + "local-platform/kafka-broker-runtime first (./mvnw install -pl local-platform/local-kafka -am)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isKafkaBroker(ProcessHandle process) {
        return process.isAlive() && process.info().arguments()
                .map(args -> List.of(args).contains("kafka.Kafka"))
                .orElse(true);
    }

    private void deletePidFile() {
        LocalProcesses.deletePidFile(settings.home().resolve("broker.pid"));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }


    /** What {@link #ensureRunning()} found or did. */
    public record Status(String bootstrapServers, boolean reused, Optional<Long> pid) {
    }
}
