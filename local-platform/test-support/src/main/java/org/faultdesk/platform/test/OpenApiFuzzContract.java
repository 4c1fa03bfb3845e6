package org.faultdesk.platform.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile input never yields a 5xx: every operation of the service's own OpenAPI document is
 * called with malformed values (wrong types, control characters and NUL bytes, huge numbers and
 * strings, deep nesting, odd path segments), and each answer must be below 500, and an error
 * answer a problem body ({@code application/problem+json} with the status in it). A service's
 * {@code @QuarkusTest} extends it. The caller holds every role, so the input reaches the handlers
 * (EndpointRolesContract checks who is let in).
 */
public abstract class OpenApiFuzzContract {

    /** Path segments a router or a parser might choke on (already URL-encoded where needed). */
    private static final List<String> ODD_SEGMENTS = List.of("%00", "%0A%0D", "a%20b", "%2E%2E", "-1",
            "99999999999999999999999999", "1e400", "x".repeat(3000), "%E2%80%AE%F0%9F%92%A3", "%27%20OR%201%3D1",
            "%FF%FE", "null");

    /** Query values of the wrong type or shape, raw (RestAssured encodes them). */
    private static final List<String> ODD_VALUES = List.of("abc", "-1", "0", "99999999999999999999999999", "1e400",
            "NaN", "\u0000", "\u0001\u001f", "x".repeat(5000), "[]", "{}", "true", "2026-13-45T99:99:99Z", "P-1D",
            "\u202e\uD83D\uDCA3", "");

    /** Values of the wrong type for a field of the body. */
    private static final List<Object> ODD_FIELD_VALUES = List.of(12345678901234567890.0, -1, true, List.of(List.of()),
            Map.of("nested", Map.of("deeper", List.of(1, "two"))), "\u0000", "x".repeat(70_000),
            "99999999999999999999999999", "");

    /** Whole bodies that are not what any operation takes. */
    private static final List<String> ODD_BODIES = List.of("", "not json", "[]", "null", "\"\\u0000\"", "12",
            "{\"a\": 1e400}", "{\"a\":", "[".repeat(10_000) + "]".repeat(10_000),
            "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "{\"\\u0000\": \"\\u0000\"}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void hostileInputNeverYieldsA5xx() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertFalse(paths == null || paths.isEmpty(), "the service documents its operations");
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                if (operation.getValue() instanceof Map<?, ?> spec && isMethod(operation.getKey())) {
                    fuzz(operation.getKey(), path.getKey(), spec, openApi);
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + requests
                + " hostile requests were not answered with a 4xx problem or a success:\n" + String.join("\n", failures));
    }

    private void fuzz(String method, String template, Map<?, ?> operation, JsonPath openApi) {
        List<Map<?, ?>> parameters = parameters(operation);
        // From the template itself: path parameters may be declared on the path, not the operation.
        List<String> pathParameters = PLACEHOLDER.matcher(template).results().map(m -> m.group(1)).toList();
        List<String> queryParameters = parameters.stream().filter(p -> "query".equals(p.get("in")))
                .map(p -> (String) p.get("name")).toList();
        String plausible = fill(template, pathParameters, "X-1");
        boolean takesBody = operation.get("requestBody") != null;

        for (String segment : ODD_SEGMENTS) {
            for (String name : pathParameters) {
                call(method, fillOne(template, pathParameters, name, segment), Map.of(), takesBody ? "{}" : null);
            }
        }
        for (String value : ODD_VALUES) {
            for (String name : queryParameters) {
                call(method, plausible, Map.of(name, value), takesBody ? "{}" : null);
            }
        }
        if (takesBody) {
            for (String body : ODD_BODIES) {
                call(method, plausible, Map.of(), body);
            }
            for (String field : bodyFields(operation, openApi)) {
                for (Object value : ODD_FIELD_VALUES) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put(field, value);
                    call(method, plausible, Map.of(), toJson(body));
                }
            }
        }
    }

    private void call(String method, String path, Map<String, String> query, String body) {
        requests++;
        RequestSpecification request = TestIdentity.everyRole().urlEncodingEnabled(false).redirects().follow(false)
                // Kept for a failure's log, each request would be pretty-printed first: seconds for a deeply nested body.
                .config(RestAssured.config().logConfig(RestAssured.config().getLogConfig().enablePrettyPrinting(false)));
        query.forEach((name, value) -> request.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        Response response;
        try {
            response = request.request(method.toUpperCase(), path);
        } catch (RuntimeException e) {
            failures.add(method.toUpperCase() + " " + describe(path, query, body) + " → no answer: " + e);
            return;
        }
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(method.toUpperCase() + " " + describe(path, query, body) + " → " + status + " "
                    + abbreviate(response.asString()));
        } else if (status >= 400 && !isProblem(response, status) && !refusedByTheHttpServer(status)) {
            failures.add(method.toUpperCase() + " " + describe(path, query, body) + " → " + status
                    + " without a problem body: " + response.contentType() + " " + abbreviate(response.asString()));
        }
    }

    /**
     * A URL or header longer than the HTTP server's limits is refused by its codec before any of our
     * code runs (414, 431), without a body: a 4xx all the same, the server's own line of defence.
     */
    private static boolean refusedByTheHttpServer(int status) {
        return status == 414 || status == 431;
    }

    private static boolean isProblem(Response response, int status) {
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return false;
        }
        try {
            return response.jsonPath().getInt("status") == status;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isMethod(String name) {
        return List.of("get", "post", "put", "patch", "delete").contains(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> parameters(Map<?, ?> operation) {
        Object parameters = operation.get("parameters");
        return parameters instanceof List<?> list ? (List<Map<?, ?>>) list : List.of();
    }

    /** The top-level fields of the operation's JSON body, from its schema (following one $ref). */
    @SuppressWarnings("unchecked")
    private static List<String> bodyFields(Map<?, ?> operation, JsonPath openApi) {
        Object schema = ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) operation.get("requestBody"))
                .getOrDefault("content", Map.of())).getOrDefault("application/json", Map.of())).get("schema");
        if (!(schema instanceof Map<?, ?> map)) {
            return List.of();
        }
        Object ref = map.get("$ref");
        Map<?, ?> resolved = ref instanceof String name && name.startsWith("#/components/schemas/")
                ? openApi.getMap("components.schemas.'" + name.substring("#/components/schemas/".length()) + "'")
                : map;
        Object properties = resolved == null ? null : resolved.get("properties");
        return properties instanceof Map<?, ?> props ? props.keySet().stream().map(Object::toString).toList() : List.of();
    }

    private static String fill(String template, List<String> names, String value) {
        String path = template;
        for (String name : names) {
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static String fillOne(String template, List<String> names, String odd, String value) {
        String path = template.replace("{" + odd + "}", value);
        return fill(path, names, "X-1");
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(String path, Map<String, String> query, String body) {
        return abbreviate(path) + (query.isEmpty() ? "" : " ?" + abbreviate(query.toString()))
                + (body == null ? "" : " body " + abbreviate(body));
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
    }
}
