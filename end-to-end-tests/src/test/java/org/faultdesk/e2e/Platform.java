package org.faultdesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultdesk.platform.kafka.BrokerSettings;
import org.faultdesk.platform.kafka.LocalKafka;
import org.faultdesk.platform.keycloak.KeycloakSettings;
import org.faultdesk.platform.keycloak.LocalKeycloak;
import org.faultdesk.platform.launch.Databases;
import org.faultdesk.platform.launch.JvmOptions;
import org.faultdesk.platform.launch.PlatformService;
import org.faultdesk.platform.launch.ServiceProcess;
import org.faultdesk.platform.test.TestKafka;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the end-to-end tests run against, started once per test run: a Kafka broker of their
 * own (fresh data, free ports, a SASL/SCRAM login required of every client: the services and the
 * tests' own clients log in), Keycloak as the identity provider (every call carries a token of the
 * role it needs, {@link #as}), databases of their own in the local PostgreSQL (dropped and
 * created), GreenMail as the SMTP server (behind a {@link TcpRelay}, so a test can slow it down or
 * cut it off), WireMock as the SMS gateway, and the four packaged services as processes, started
 * by the local platform's launcher. Nothing is shared with {@code ./platform} (8081–8084, 9092) or
 * with the other modules' test brokers. Work files and logs are in {@code target/e2e/}.
 */
public final class Platform implements ExtensionContext.Store.CloseableResource {

    /** The SMS gateway's account; a request without it matches no stub and gets 404, a permanent refusal. */
    static final String SMS_ACCOUNT = "faultdesk-e2e";
    static final String SMS_PASSWORD = "e2e-secret";
    static final String SMS_PATH = "/v1/messages";

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** The broker requires a login (SASL/SCRAM): every service and every test client logs in as this. */
    private static final BrokerSettings.ScramUser KAFKA_LOGIN = new BrokerSettings.ScramUser("faultdesk-e2e",
            UUID.randomUUID().toString());
    private static final Databases DATABASES = new Databases(envOr("TEST_PG_HOST", "127.0.0.1"),
            Integer.parseInt(envOr("TEST_PG_PORT", "5432")), envOr("TEST_PG_USER", "postgres"),
            envOr("TEST_PG_PASSWORD", "postgres"));

    private final Path workDir = Path.of("target", "e2e").toAbsolutePath();
    private final LocalKafka kafka;
    private final LocalKeycloak keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final GreenMail mail;
    private final TcpRelay smtpServer;
    private final WireMockServer smsGateway;
    private final ServiceProcess ticketService;
    private final ServiceProcess dispatchService;
    private final ServiceProcess slaMonitor;
    private final ServiceProcess notificationService;
    /** How each service was started (jar, settings), for another instance of it. */
    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    /** Instances a test started beside the four ({@link #launchAnotherInstanceOf}), stopped with the platform. */
    private final List<ServiceProcess> moreInstances = new CopyOnWriteArrayList<>();
    private final Thread stopOnExit = new Thread(this::close, "e2e-platform-stop");

    private Platform() {
        createWorkDir();
        kafka = new LocalKafka(new BrokerSettings("127.0.0.1", freePort(), freePort(), workDir.resolve("kafka"), true, "512m")
                .requiringLogin(KAFKA_LOGIN));
        keycloak = new LocalKeycloak(new KeycloakSettings("127.0.0.1", freePort(), freePort(), workDir.resolve("keycloak"), "256m"));
        int smtpPort = freePort();
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtpServer = new TcpRelay("127.0.0.1", freePort(), new InetSocketAddress("127.0.0.1", smtpPort));
        int smsPort = freePort();
        smsGateway = new WireMockServer(options().bindAddress("127.0.0.1").port(smsPort));
        Path root = BrokerSettings.projectRoot();
        ticketService = service(root, "ticket-service", Map.of());
        // No demo data anywhere (the default, ADR 0004): an area without a registered technician really
        // has none, and only the supervisors a test registers are told.
        dispatchService = service(root, "dispatch-service", Map.of(
                "DISPATCH_POLL_INTERVAL", "PT1S",
                "TICKET_SERVICE_URL", ticketService.baseUrl(),
                "OIDC_CLIENT_SECRET", keycloak.clientSecret("dispatch-service")));
        slaMonitor = service(root, "sla-monitor", Map.of(
                "FAULTDESK_SLA_POLICY_FILE", resource("sla/e2e-restore-policies.csv"),
                "FAULTDESK_SLA_LADDER_FILE", resource("sla/e2e-escalation-ladders.csv")));
        notificationService = service(root, "notification-service", Map.ofEntries(
                Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", Integer.toString(smtpServer.port())),
                Map.entry("SMTP_START_TLS", "DISABLED"),
                Map.entry("SMS_GATEWAY_URL", "http://127.0.0.1:" + smsPort),
                Map.entry("SMS_GATEWAY_ACCOUNT", SMS_ACCOUNT),
                Map.entry("SMS_GATEWAY_PASSWORD", SMS_PASSWORD),
                Map.entry("TICKET_SERVICE_URL", ticketService.baseUrl()),
                Map.entry("OIDC_CLIENT_SECRET", keycloak.clientSecret("notification-service")),
                // Customer notices at any hour of the test run, and retries within the test's patience.
                Map.entry("FAULTDESK_NOTIFICATION_QUIET_HOURS_ENABLED", "false"),
                Map.entry("FAULTDESK_NOTIFICATION_RETRY_INITIAL_BACKOFF", "PT0.5S"),
                Map.entry("FAULTDESK_NOTIFICATION_RETRY_MAX_BACKOFF", "PT2S"),
                Map.entry("FAULTDESK_NOTIFICATION_ALERT_RETRY_INITIAL_BACKOFF", "PT0.5S"),
                Map.entry("FAULTDESK_NOTIFICATION_ALERT_RETRY_MAX_BACKOFF", "PT2S"),
                Map.entry("FAULTDESK_WORKER_DELIVERY_POLL_INTERVAL", "PT0.2S"),
                // No reminder of an unacknowledged escalation during a run: "exactly once" counts first alerts.
                Map.entry("ESCALATION_REPEAT_INTERVAL", "PT1H")));
    }

    static Platform start() {
        Platform platform = new Platform();
        Runtime.getRuntime().addShutdownHook(platform.stopOnExit);
        platform.startAll();
        return platform;
    }

    private void startAll() {
        kafka.stop(); // a broker an interrupted run left behind: its topics are not fresh
        keycloak.stop(); // and its identity provider, on other ports
        String bootstrap = kafka.ensureRunning().bootstrapServers();
        keycloak.ensureRunning();
        System.setProperty(TestKafka.BOOTSTRAP_PROPERTY, bootstrap);
        TestKafka.logInWith(loginSettings());
        mail.start();
        smtpServer.open();
        smsGateway.start();
        // The gateway's contract as notification-service's SmsGateway speaks it: JSON, Basic auth,
        // an Idempotency-Key header; anything else gets WireMock's 404, a permanent refusal.
        smsGateway.stubFor(post(urlEqualTo(SMS_PATH))
                .withBasicAuth(SMS_ACCOUNT, SMS_PASSWORD)
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("Idempotency-Key", matching("fd-[0-9]+"))
                .willReturn(accepted()));
        // Side by side: none needs another to start (they meet on Kafka, and ask ticket-service only later).
        services().forEach(ServiceProcess::launch);
        services().forEach(service -> service.awaitReady(ServiceProcess.READY_TIMEOUT));
    }

    List<ServiceProcess> services() {
        return List.of(ticketService, dispatchService, slaMonitor, notificationService);
    }

    ServiceProcess ticketService() {
        return ticketService;
    }

    ServiceProcess dispatchService() {
        return dispatchService;
    }

    ServiceProcess slaMonitor() {
        return slaMonitor;
    }

    ServiceProcess notificationService() {
        return notificationService;
    }

    /**
     * A RestAssured request to {@code service} as {@code user} with {@code roles}, with a token from
     * Keycloak; the user is created there on first use (a technician's user name is its id, a
     * supervisor's its person id).
     */
    RequestSpecification as(ServiceProcess service, String user, String... roles) {
        return given().baseUri(service.baseUrl()).auth().oauth2(token(user, roles));
    }

    /** A request to ticket-service as a call-centre agent who works for {@code channel}. */
    RequestSpecification asAgentOf(String channel) {
        return given().baseUri(ticketService.baseUrl()).auth().oauth2(agentToken(channel));
    }

    /** A valid access token of an agent who works for {@code channel} (a user of its own per channel). */
    String agentToken(String channel) {
        return token("agent-" + channel, Map.of("channel", List.of(channel)), "agent");
    }

    /** A valid access token of {@code user}, who has {@code roles}: fetched once, again before it expires. */
    String token(String user, String... roles) {
        return token(user, Map.of(), roles);
    }

    private String token(String user, Map<String, List<String>> attributes, String... roles) {
        Token token = tokens.compute(user, (name, held) -> held != null && held.fresh()
                ? held
                : new Token(newToken(name, held == null, attributes, roles), Instant.now()));
        return token.value();
    }

    private String newToken(String user, boolean create, Map<String, List<String>> attributes, String... roles) {
        if (create) {
            keycloak.putUser(user, attributes, roles);
        }
        return keycloak.token(user);
    }

    /** Keycloak's tokens here live 15 minutes; one is used for 10 at most. */
    private record Token(String value, Instant fetchedAt) {
        boolean fresh() {
            return fetchedAt.plus(Duration.ofMinutes(10)).isAfter(Instant.now());
        }
    }

    /**
     * Launches another instance of {@code service}, as a second pod would run: the same jar,
     * database, broker and settings, on a port of its own (not waited for: see
     * {@link ServiceProcess#awaitReady}). Its log is {@code <service>-2.log}, and so on.
     */
    ServiceProcess launchAnotherInstanceOf(ServiceProcess service) {
        Launch launch = launches.get(service.name());
        int instance = 2 + (int) moreInstances.stream().filter(more -> more.name().startsWith(service.name() + "-")).count();
        ServiceProcess another = new ServiceProcess(launch.service().instanceName(instance), launch.jar(), freePort(),
                launch.environment(), JvmOptions.of("256m", true), workDir);
        moreInstances.add(another);
        another.launch();
        return another;
    }

    /** SIGKILL of the broker, as a crash would; its data stays for {@link #restartBroker()}. */
    void killBroker() {
        if (!kafka.kill()) {
            throw new IllegalStateException("no broker was running to kill");
        }
    }

    /** Starts the killed broker again on its data, on the same ports. */
    void restartBroker() {
        new LocalKafka(kafka.settings().keepingData()).ensureRunning();
    }

    /** From now until the stub is removed, the SMS gateway accepts each message only after {@code delay}. */
    StubMapping slowSmsGateway(Duration delay) {
        return smsGateway.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(1)
                .willReturn(accepted().withFixedDelay((int) delay.toMillis())));
    }

    /** From now until the stub is removed, the SMS gateway accepts each message to {@code phone} only after {@code delay}. */
    StubMapping slowSmsGateway(Duration delay, String phone) {
        return smsGateway.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .willReturn(accepted().withFixedDelay((int) delay.toMillis())));
    }

    /** The gateway's answer to a message it takes. */
    private static ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{\"status\":\"accepted\"}");
    }

    /** From now until the stub is removed, the SMS gateway answers 503, as one down behind its load balancer. */
    StubMapping smsGatewayDown() {
        return smsGateway.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("service unavailable")));
    }

    /** What notification-service received: every e-mail it sent. */
    GreenMail mail() {
        return mail;
    }

    /** The SMTP server as notification-service reaches it: to slow down or cut off. */
    TcpRelay smtpServer() {
        return smtpServer;
    }

    WireMockServer smsGateway() {
        return smsGateway;
    }

    /** The last lines of every service's log, for a failure message. */
    String logTails(int lines) {
        return services().stream()
                .map(s -> "----- last " + lines + " lines of " + s.logFile() + "\n" + s.logTail(lines))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public synchronized void close() {
        List<ServiceProcess> all = Stream.concat(services().stream(), moreInstances.stream()).toList();
        all.forEach(ServiceProcess::terminate);
        // Nothing of a run is kept, so a slow graceful stop only costs time: SIGKILL after 10 s.
        all.forEach(service -> service.awaitExit(STOP_GRACE));
        smsGateway.stop();
        smtpServer.close();
        mail.stop();
        kafka.stop();
        keycloak.stop();
        if (Thread.currentThread() != stopOnExit) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    private ServiceProcess service(Path root, String name, Map<String, String> own) {
        PlatformService service = PlatformService.named(name);
        Map<String, String> environment = new HashMap<>(own);
        environment.put("DB_URL", DATABASES.jdbcUrl(database(service)));
        // Every run starts from an empty database, ending the connections a killed run left.
        environment.putAll(DATABASES.prepare(database(service), true).environment());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.settings().bootstrapServers());
        loginSettings().forEach((setting, value) -> environment.put("KAFKA_" + setting.replace('.', '_').toUpperCase(),
                value.toString()));
        environment.put("OIDC_ISSUER", keycloak.settings().issuer());
        // Quick start: restarts are part of the tests, and the light test load needs no C2 code.
        launches.put(name, new Launch(service, service.jar(root), Map.copyOf(environment)));
        return new ServiceProcess(name, service.jar(root), freePort(), environment, JvmOptions.of("256m", true), workDir);
    }

    /** What a service's instances are started from: its jar and its settings (the database prepared once). */
    private record Launch(PlatformService service, Path jar, Map<String, String> environment) {
    }

    /** The broker's security settings for a client (security.protocol, sasl.mechanism, sasl.jaas.config). */
    private Map<String, Object> loginSettings() {
        Map<String, Object> login = new HashMap<>(kafka.settings().clientSettings());
        login.remove("bootstrap.servers");
        return login;
    }

    private static String database(PlatformService service) {
        return "e2e_" + service.database();
    }

    /** target/e2e/ with this run's logs only: a service's log spans its restarts within one run. */
    private void createWorkDir() {
        try {
            Files.createDirectories(workDir);
            try (Stream<Path> logs = Files.list(workDir)) {
                for (Path log : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                    Files.delete(log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try {
            return Path.of(Platform.class.getClassLoader().getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
