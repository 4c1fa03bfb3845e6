package org.faultdesk.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Real servers for the channels: GreenMail as the SMTP server, WireMock as the SMS gateway and as
 * ticket-service's internal API. Both on free local ports, started once for the test run.
 */
public class ChannelServers implements QuarkusTestResourceLifecycleManager {

    public static final String SMS_PATH = "/v1/messages";

    private static GreenMail smtp;
    private static WireMockServer http;

    public static GreenMail smtp() {
        return smtp;
    }

    public static WireMockServer http() {
        return http;
    }

    @Override
    public Map<String, String> start() {
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        http = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        http.start();
        // By default the gateway accepts, and ticket-service knows no customer (tests stub theirs).
        http.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(10)
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"accepted\"}")));
        http.stubFor(get(urlPathMatching("/internal/v1/tickets/.*/customer-contact")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtpPort),
                "quarkus.mailer.start-tls", "DISABLED",
                "faultdesk.sms.url", http.baseUrl(),
                "faultdesk.ticket-service.url", http.baseUrl());
    }

    @Override
    public void stop() {
        if (http != null) {
            http.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
