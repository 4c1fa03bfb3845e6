package org.faultdesk.platform.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, checked against the service's README: its table "Who may call what" names,
 * for every operation, the roles admitted. The test reads the service's own OpenAPI document and
 * calls every operation without a token (401 expected), and with a token of each role (403 for a
 * role the table does not admit, neither 401 nor 403 for one it does). An operation missing from
 * the table, or a row naming no operation, fails the build: a new endpoint needs a rule.
 *
 * <p>Path parameters are filled with a value of their type ({@code X-1} for text, the caller's
 * user name too, so a technician's own-path check passes); bodies are {@code {}}. An admitted call
 * therefore gets whatever the handler says about made-up input (400, 404, 200), which is not this
 * test's concern; the fuzz test covers it. A service's {@code @QuarkusTest} extends it.
 */
public abstract class EndpointRolesContract {

    /** A README row: | `METHOD /path` | role, role | why |. "nobody" admits no role. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(GET|POST|PUT|PATCH|DELETE) (\\S+)`\\s*\\|([^|]*)\\|");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String TEXT_VALUE = "X-1";
    // HTTP/1.1: the default upgrade to HTTP/2 over plain http broke off a call with a body now and then (EOF).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationAdmitsExactlyTheRolesOfTheReadmeTable() {
        Map<String, Set<String>> table = readmeTable();
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Map<String, Map<?, ?>> operations = new LinkedHashMap<>();
        paths.forEach((path, byMethod) -> byMethod.forEach((method, spec) -> {
            if (spec instanceof Map<?, ?> operation && List.of("get", "post", "put", "patch", "delete").contains(method)) {
                operations.put(method.toUpperCase() + " " + path, operation);
            }
        }));

        assertEquals(new TreeSet<>(operations.keySet()), new TreeSet<>(table.keySet()),
                "the README's table 'Who may call what' must name every operation of the OpenAPI document, and only those");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Map<?, ?>> entry : operations.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = filled(entry.getKey().substring(method.length() + 1), entry.getValue());
            Set<String> admitted = table.get(entry.getKey());
            String mediaType = mediaType(entry.getValue());
            int anonymous = call(method, path, null, mediaType);
            calls++;
            if (anonymous != 401) {
                wrong.add(entry.getKey() + " without a token → " + anonymous + ", expected 401");
            }
            for (String role : TestIdentity.ROLES) {
                int status = call(method, path, TestIdentity.token(TEXT_VALUE, role), mediaType);
                calls++;
                boolean expectedIn = admitted.contains(role);
                if (expectedIn && (status == 401 || status == 403)) {
                    wrong.add(entry.getKey() + " as " + role + " → " + status + ", but the table admits " + role);
                } else if (!expectedIn && status != 403) {
                    wrong.add(entry.getKey() + " as " + role + " → " + status + ", expected 403");
                }
            }
        }
        int made = calls;
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + made + " calls disagree with the README's table:\n"
                + String.join("\n", wrong));
    }

    /**
     * The first media type the operation's body is documented with (JSON when none is): a body of
     * another type would be refused (415) before anyone asks who is calling.
     */
    private static String mediaType(Map<?, ?> operation) {
        if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && !content.isEmpty()) {
            return content.keySet().iterator().next().toString();
        }
        return "application/json";
    }

    /** The status only: the body is not read (a live feed never ends). */
    private static int call(String method, String path, String token, String mediaType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", mediaType).method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where Quarkus pointed RestAssured: the service under test. */
    private static String baseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath;
    }

    /** Each path parameter with a value its type accepts, so the call reaches the security check. */
    private static String filled(String template, Map<?, ?> operation) {
        Map<String, String> formats = new LinkedHashMap<>();
        if (operation.get("parameters") instanceof List<?> parameters) {
            for (Object parameter : parameters) {
                if (parameter instanceof Map<?, ?> p && "path".equals(p.get("in")) && p.get("schema") instanceof Map<?, ?> schema) {
                    formats.put(String.valueOf(p.get("name")), schema.get("format") != null
                            ? String.valueOf(schema.get("format")) : String.valueOf(schema.get("type")));
                }
            }
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String format = formats.getOrDefault(matcher.group(1), "string");
            String value = switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "integer", "int32", "int64", "number" -> "1";
                default -> TEXT_VALUE;
            };
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The README's rows, "METHOD /path" → roles admitted. */
    private static Map<String, Set<String>> readmeTable() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException("the service's README.md (with the table 'Who may call what') is needed", e);
        }
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Set<String> roles = Arrays.stream(row.group(3).split(","))
                        .map(String::trim).filter(role -> !role.isEmpty() && !role.equals("nobody"))
                        .collect(Collectors.toCollection(TreeSet::new));
                roles.stream().filter(role -> !TestIdentity.ROLES.contains(role)).findAny().ifPresent(role -> {
                    throw new IllegalStateException("README row names an unknown role '" + role + "': " + line);
                });
                table.put(row.group(1) + " " + row.group(2), roles);
            }
        }
        return table;
    }
}
