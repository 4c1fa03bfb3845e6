package org.faultdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * JSON over kept-alive connections. HttpURLConnection rather than java.net.http.HttpClient:
 * measured on this 2-core machine, HttpClient spent ~1.2 ms of CPU per request in its async
 * machinery, a fifth of all CPU in the run, taken from the service it measures.
 */
final class Http {

    /** What the service answered. */
    record Reply(int status, String location, String body) {

        /** The id a 201 names in its Location header, or null when the create failed. */
        String createdId() {
            return status == 201 && location != null ? location.substring(location.lastIndexOf('/') + 1) : null;
        }
    }

    /** The benchmark user's bearer token (bench/lib.sh's bench_identity_up), sent with every request. */
    private static final String TOKEN = System.getenv("BENCH_TOKEN");

    private Http() {
    }

    static Reply post(String url, String json) throws IOException {
        return send("POST", url, json);
    }

    static Reply send(String method, String url, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setDoOutput(true);
        connection.setConnectTimeout(30_000);
        connection.setReadTimeout(30_000);
        connection.setRequestProperty("Content-Type", "application/json");
        if (TOKEN != null && !TOKEN.isBlank()) {
            connection.setRequestProperty("Authorization", "Bearer " + TOKEN);
        }
        connection.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        // Read the body to the end, so the connection goes back to the keep-alive cache.
        String answer;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Reply(status, connection.getHeaderField("Location"), answer);
    }
}
