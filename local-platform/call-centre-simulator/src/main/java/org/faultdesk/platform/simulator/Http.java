package org.faultdesk.platform.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.faultdesk.events.EventJson;

/**
 * JSON over HTTP to the services, with the events' JSON settings (ISO-8601 times, enum names),
 * as one user of the demo: {@link #as} gives the same client acting as someone else.
 */
final class Http {

    /** A service's answer. */
    record Reply(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** "409 illegal-transition: …" for the console, from a problem+json body when there is one. */
        String problem() {
            try {
                JsonNode node = MAPPER.readTree(body);
                return status + " " + node.path("title").asText("") + ": " + node.path("detail").asText(body);
            } catch (JsonProcessingException | RuntimeException e) {
                return status + " " + body;
            }
        }
    }

    static final ObjectMapper MAPPER = EventJson.mapper();

    private final HttpClient client;
    private final Tokens tokens;
    private final String user;
    private final String role;

    Http(Tokens tokens, String user, String role) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), tokens, user, role);
    }

    private Http(HttpClient client, Tokens tokens, String user, String role) {
        this.client = client;
        this.tokens = tokens;
        this.user = user;
        this.role = role;
    }

    /** The same connections, acting as {@code user} in {@code role}. */
    Http as(String user, String role) {
        return new Http(client, tokens, user, role);
    }

    Reply get(String url) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Reply post(String url, Object body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    Reply put(String url, Object body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
    }

    /** RFC 7396 merge-patch, as ticket-service takes changes. */
    Reply mergePatch(String url, Object body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
    }

    static JsonNode tree(Reply reply) throws IOException {
        return MAPPER.readTree(reply.body());
    }

    private Reply send(HttpRequest.Builder request) throws IOException {
        try {
            request.header("Authorization", "Bearer " + tokens.of(user, role));
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }
}
