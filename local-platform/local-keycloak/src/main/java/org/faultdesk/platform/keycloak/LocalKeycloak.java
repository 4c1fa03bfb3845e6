package org.faultdesk.platform.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.faultdesk.platform.process.LocalProcesses;

/**
 * Keycloak, the platform's identity provider on machines without Docker (ADR 0007): its Maven
 * distribution is unpacked and built once into a cache folder ({@code ~/.cache/faultdesk}, or
 * {@code FAULTDESK_CACHE_DIR}), then each instance runs it as its own process with a database of its
 * own in its home folder, and the realm {@code faultdesk} (roles, the command-line client, one
 * confidential client per service that calls another) imported through the admin API.
 *
 * <p>Secrets are never defaults: the admin password, the services' client secrets and the demo
 * users' password are generated for each home folder and kept in its {@code secrets.properties}
 * (readable by its owner only).
 */
public final class LocalKeycloak {

    private static final String DIST_RESOURCE = "/META-INF/faultdesk/keycloak-dist.path";
    private static final String REALM_RESOURCE = "/keycloak/faultdesk-realm.json";
    private static final String CLI_CLIENT = "faultdesk-cli";
    private static final String ADMIN_USER = "admin";
    /** The realm attribute that says which layout of faultdesk-realm.json a realm was imported from. */
    private static final String REALM_VERSION = "faultdeskRealmVersion";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Secrets secrets;

    public LocalKeycloak(KeycloakSettings settings) {
        this.settings = settings;
    }

    public KeycloakSettings settings() {
        return settings;
    }

    /** Starts Keycloak unless this home's instance answers already, and imports the realm if missing. */
    public Status ensureRunning() {
        try {
            return LocalProcesses.underLock(settings.home().resolve("start.lock"), () -> {
                Secrets secrets = secrets();
                boolean reused = isReady();
                if (!reused) {
                    start(install(), secrets);
                }
                importRealmIfMissing(secrets);
                return new Status(settings.issuer(), reused, readPid());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak in " + settings.home(), e);
        }
    }

    /** Stops the Keycloak this home started, if it runs; returns whether one was stopped. */
    public boolean stop() {
        Optional<ProcessHandle> keycloak = readPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (keycloak.isEmpty()) {
            deletePidFile();
            return false;
        }
        // kc.sh runs Keycloak's JVM as its child: the whole tree is stopped.
        LocalProcesses.stopTree(keycloak.get(), STOP_TIMEOUT);
        deletePidFile();
        return true;
    }

    /** Whether Keycloak answers ready on its management port. */
    public boolean isReady() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://" + settings.host() + ":" + settings.managementPort() + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The secret of a service's confidential client ({@code dispatch-service}, {@code notification-service}). */
    public String clientSecret(String clientId) {
        return secrets().clientSecret(clientId);
    }

    /** The password this home gives the users it creates with {@link #putUser(String, String...)}. */
    public String userPassword() {
        return secrets().userPassword();
    }

    /**
     * Creates the user (or resets its password) with the given realm roles, and the password of
     * {@link #userPassword()}. Keycloak keeps user names in lower case; the platform's ids compare
     * without regard to case.
     */
    public void putUser(String username, String... roles) {
        putUser(username, Map.of(), roles);
    }

    /**
     * The same, with user attributes the realm maps into tokens: {@code channel} (the channels an
     * agent works for) and {@code areas} (those a supervisor looks after).
     */
    public void putUser(String username, Map<String, List<String>> attributes, String... roles) {
        String admin = adminToken();
        String users = settings.baseUrl() + "/admin/realms/" + KeycloakSettings.REALM + "/users";
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", username, "lastName", "Faultdesk",
                "email", username.toLowerCase() + "@faultdesk.invalid", "attributes", attributes,
                "credentials", List.of(Map.of("type", "password", "value", userPassword(), "temporary", false)));
        HttpResponse<String> created = send(post(users, admin, toJson(user)));
        if (created.statusCode() != 409) {
            expect(created, 201);
        }
        String id = userId(admin, username);
        if (created.statusCode() == 409) {
            expect(send(put(users + "/" + id + "/reset-password", admin,
                    toJson(Map.of("type", "password", "value", userPassword(), "temporary", false)))), 204);
            // The user as this call describes it: its attributes (and so its scope) are this call's.
            Map<String, Object> update = new HashMap<>(user);
            update.remove("credentials");
            expect(send(put(users + "/" + id, admin, toJson(update))), 204);
        }
        List<JsonNode> representations = new ArrayList<>();
        for (String role : roles) {
            representations.add(readJson(expect(send(get(settings.baseUrl() + "/admin/realms/" + KeycloakSettings.REALM
                    + "/roles/" + encode(role), admin)), 200)));
        }
        expect(send(post(users + "/" + id + "/role-mappings/realm", admin, toJson(representations))), 204);
    }

    /** An access token for a user this home created (password grant of the command-line client). */
    public String token(String username) {
        String form = "grant_type=password&client_id=" + CLI_CLIENT + "&username=" + encode(username)
                + "&password=" + encode(userPassword());
        return accessToken(settings.issuer() + "/protocol/openid-connect/token", form);
    }

    public Optional<Long> readPid() {
        return LocalProcesses.readPid(settings.home().resolve("keycloak.pid"));
    }

    /** The distribution, unpacked and built for this platform's options once per version. */
    private Path install() throws IOException {
        Path dist = distribution();
        Path cache = cacheDir();
        Files.createDirectories(cache);
        String folder = dist.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".tar.gz", "");
        Path installed = cache.resolve(folder);
        Path built = installed.resolve(".faultdesk-built");
        return LocalProcesses.underLock(cache.resolve(folder + ".lock"), () -> {
            if (Files.exists(built)) {
                return installed;
            }
            run(List.of("tar", "-xzf", dist.toString(), "-C", cache.toString()), cache, Map.of(), "unpacking " + dist);
            // Build-time options, fixed once: a file database per instance (--db-url at start), health.
            run(List.of(installed.resolve("bin").resolve("kc.sh").toString(), "build", "--db=dev-file",
                    "--health-enabled=true"), installed, javaEnvironment(), "kc.sh build");
            Files.writeString(built, Instant.now().toString());
            return installed;
        });
    }

    private void start(Path installed, Secrets secrets) throws IOException {
        Path data = settings.home().resolve("data");
        Files.createDirectories(data);
        List<String> command = List.of(installed.resolve("bin").resolve("kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-host=" + settings.host(),
                "--http-port=" + settings.httpPort(),
                "--http-management-port=" + settings.managementPort(),
                // One issuer whatever address a client used: the services compare it with their OIDC_ISSUER.
                "--hostname=" + settings.baseUrl(),
                "--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(installed.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(javaEnvironment());
        // Read on the first start only, when the database is new.
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.adminPassword());
        Process process = builder.start();
        LocalProcesses.writePid(settings.home().resolve("keycloak.pid"), process.pid());
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (!isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " during start; see " + settings.logFile());
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds()
                        + " s; see " + settings.logFile());
            }
            LocalProcesses.pause(Duration.ofMillis(250));
        }
    }

    /** The same Java as this JVM (kc.sh would otherwise take whatever is on the PATH), and a small heap. */
    private Map<String, String> javaEnvironment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + settings.maxHeap());
    }

    /**
     * Imports the realm when it is missing, or when it is older than this build's (its attribute
     * {@value #REALM_VERSION}): a local realm holds nothing the platform does not create again
     * (users are put on first use), so an older one is replaced rather than migrated.
     */
    private void importRealmIfMissing(Secrets secrets) {
        String admin = adminToken();
        String realms = settings.baseUrl() + "/admin/realms";
        String template = realmTemplate();
        HttpResponse<String> existing = send(get(realms + "/" + KeycloakSettings.REALM, admin));
        if (existing.statusCode() == 200) {
            if (realmVersion(existing.body()).equals(realmVersion(template))) {
                return;
            }
            expect(send(HttpRequest.newBuilder(URI.create(realms + "/" + KeycloakSettings.REALM))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + admin).DELETE().build()), 204);
        }
        String realm = template
                .replace("${DISPATCH_SERVICE_SECRET}", secrets.clientSecret("dispatch-service"))
                .replace("${NOTIFICATION_SERVICE_SECRET}", secrets.clientSecret("notification-service"));
        expect(send(post(realms, admin, realm)), 201);
    }

    private static String realmVersion(String realmJson) {
        return readJson(realmJson).path("attributes").path(REALM_VERSION).asText("1");
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN_USER + "&password="
                + encode(secrets().adminPassword());
        return accessToken(settings.baseUrl() + "/realms/master/protocol/openid-connect/token", form);
    }

    private String accessToken(String tokenEndpoint, String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return readJson(expect(response, 200)).get("access_token").asText();
    }

    private String userId(String admin, String username) {
        JsonNode found = readJson(expect(send(get(settings.baseUrl() + "/admin/realms/" + KeycloakSettings.REALM
                + "/users?exact=true&username=" + encode(username.toLowerCase()), admin)), 200));
        if (found.isEmpty()) {
            throw new IllegalStateException("Keycloak has no user " + username);
        }
        return found.get(0).get("id").asText();
    }

    /** This home's secrets, read (or generated) once: a user's creation asks for them several times. */
    private synchronized Secrets secrets() {
        if (secrets == null) {
            secrets = readOrGenerateSecrets();
        }
        return secrets;
    }

    private Secrets readOrGenerateSecrets() {
        Path file = settings.home().resolve("secrets.properties");
        try {
            Files.createDirectories(settings.home());
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            boolean added = false;
            for (String key : List.of("admin-password", "user-password", "dispatch-service", "notification-service")) {
                if (properties.getProperty(key) == null) {
                    properties.setProperty(key, randomSecret());
                    added = true;
                }
            }
            if (added) {
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (var out = Files.newBufferedWriter(file)) {
                    properties.store(out, "generated by LocalKeycloak for this home folder only; never commit");
                }
            }
            return new Secrets(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path distribution() {
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(DIST_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DIST_RESOURCE + " is missing: build local-platform/local-keycloak");
            }
            Path dist = Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            if (!Files.exists(dist)) {
                throw new IllegalStateException("the Keycloak distribution " + dist + " is gone: rebuild "
                        + "local-platform/local-keycloak (./mvnw install -pl local-platform/local-keycloak)");
            }
            return dist;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path cacheDir() {
        String configured = System.getenv("FAULTDESK_CACHE_DIR");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "faultdesk");
    }

    private static String realmTemplate() {
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command, Path directory, Map<String, String> environment, String what)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " failed; see " + settings.logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        }
    }

    private HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest put(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
        return response;
    }

    private static JsonNode readJson(HttpResponse<String> response) {
        return readJson(response.body());
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void deletePidFile() {
        LocalProcesses.deletePidFile(settings.home().resolve("keycloak.pid"));
    }

    /** This home's generated secrets. */
    private record Secrets(Properties properties) {

        String adminPassword() {
            return properties.getProperty("admin-password");
        }

        String userPassword() {
            return properties.getProperty("user-password");
        }

        String clientSecret(String clientId) {
            String secret = properties.getProperty(clientId);
            if (secret == null) {
                throw new IllegalArgumentException("no confidential client " + clientId + " in the realm: "
                        + properties.stringPropertyNames().stream().sorted().collect(Collectors.joining(", ")));
            }
            return secret;
        }
    }

    /** What {@link #ensureRunning()} found or did. */
    public record Status(String issuer, boolean reused, Optional<Long> pid) {
    }
}
