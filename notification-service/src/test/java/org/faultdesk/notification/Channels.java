package org.faultdesk.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What reached the real servers about one ticket: e-mails at GreenMail, SMS requests at WireMock. */
public final class Channels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Channels() {
    }

    /** An e-mail as received: recipient, decoded subject and text, and its Message-ID header(s), comma-separated. */
    public record Mail(String to, String subject, String text, String messageId) {
    }

    /** An SMS request as the gateway received it: the JSON fields and the auth header. */
    public record Sms(String messageId, String to, String text, String authorization) {
    }

    public static List<Mail> mails(String ticketId) {
        return Arrays.stream(ChannelServers.smtp().getReceivedMessages())
                .map(Channels::mail)
                .filter(mail -> mail.subject().contains(ticketId) || mail.text().contains(ticketId))
                .toList();
    }

    public static List<Sms> sms(String ticketId) {
        return ChannelServers.http()
                .findAll(postRequestedFor(urlEqualTo(ChannelServers.SMS_PATH)).withRequestBody(containing(ticketId)))
                .stream()
                .map(request -> {
                    try {
                        JsonNode body = JSON.readTree(request.getBodyAsString());
                        return new Sms(body.path("messageId").asText(), body.path("to").asText(),
                                body.path("text").asText(), request.getHeader("Authorization"));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    public static List<Mail> awaitMails(String ticketId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(ticketId).size() >= count);
        return mails(ticketId);
    }

    public static List<Sms> awaitSms(String ticketId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sms(ticketId).size() >= count);
        return sms(ticketId);
    }

    /** Proves for a few seconds that no more SMS about the ticket arrive than {@code count}. */
    public static void assertSmsStays(String ticketId, int count) {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(sms(ticketId)).hasSize(count));
    }

    private static Mail mail(MimeMessage message) {
        try {
            Object content = message.getContent();
            String[] messageIds = message.getHeader("Message-ID");
            return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
                    content instanceof String text ? text : String.valueOf(content),
                    messageIds == null ? null : String.join(",", messageIds));
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
