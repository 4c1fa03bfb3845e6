package org.faultdesk.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.support.privacy.Masking;

/**
 * Sends SMS through the operator's HTTP gateway: {@code POST {url}/v1/messages} with a JSON body
 * {@code {"messageId","sender","to","text"}}, HTTP Basic credentials and an {@code Idempotency-Key}
 * header equal to the message id, so a gateway can drop the duplicate of a retried request.
 * 2xx is accepted; 408, 429 and 5xx are retried; any other 4xx is a permanent refusal.
 */
@ApplicationScoped
public class SmsGateway {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "faultdesk.sms.url")
    String url;

    @ConfigProperty(name = "faultdesk.sms.account")
    String account;

    @ConfigProperty(name = "faultdesk.sms.password")
    String password;

    @ConfigProperty(name = "faultdesk.sms.sender")
    String sender;

    @ConfigProperty(name = "faultdesk.sms.timeout", defaultValue = "PT5S")
    Duration timeout;

    @ConfigProperty(name = "faultdesk.sms.allow-plain-http", defaultValue = "false")
    boolean allowPlainHttp;

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{7,}");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** The account's password must not cross a network in clear: refused at start, not at the first SMS. */
    void checkTransport(@Observes StartupEvent startup) {
        requireSafeTransport(URI.create(url), allowPlainHttp);
    }

    /** https, or http to this machine (a local stand-in), or http allowed on purpose. */
    static void requireSafeTransport(URI gateway, boolean allowPlainHttp) {
        if ("https".equalsIgnoreCase(gateway.getScheme()) || allowPlainHttp) {
            return;
        }
        String host = gateway.getHost() == null ? "" : gateway.getHost();
        boolean loopback = host.equals("localhost") || host.equals("::1") || host.equals("[::1]") || host.startsWith("127.");
        if (!"http".equalsIgnoreCase(gateway.getScheme()) || !loopback) {
            throw new IllegalStateException("faultdesk.sms.url " + gateway + ": the SMS gateway's password would travel in "
                    + "clear; use https, or set SMS_GATEWAY_ALLOW_HTTP=true for a gateway on a trusted network");
        }
    }

    public void send(String messageId, String phone, String text) throws ChannelException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("messageId", messageId);
        body.put("sender", sender);
        body.put("to", phone);
        body.put("text", text);
        String credentials = Base64.getEncoder()
                .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/v1/messages"))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Basic " + credentials)
                .header("Idempotency-Key", messageId)
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelException("SMS gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException("interrupted while sending SMS", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new ChannelException("SMS gateway answered " + status + ": " + abbreviate(response.body()), !retryable);
    }

    private String write(Map<String, String> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shortens the gateway's answer for the log, masking any phone number it echoes. */
    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        String masked = PHONE.matcher(text).replaceAll(match -> Masking.phone(match.group()));
        return masked.length() <= 200 ? masked : masked.substring(0, 200) + "…";
    }
}
