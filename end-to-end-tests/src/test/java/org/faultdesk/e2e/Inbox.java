package org.faultdesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What reached people: e-mails GreenMail received and SMS the gateway accepted, by recipient. */
final class Inbox {

    /** An e-mail as the recipient reads it, and when it was sent (its Date header: whole seconds). */
    record Mail(String subject, String body, Instant sentAt) {
    }

    private final Platform platform;

    Inbox(Platform platform) {
        this.platform = platform;
    }

    /** E-mails to {@code address} whose subject mentions {@code text} (every notice names its ticket there). */
    List<Mail> mailsTo(String address, String text) {
        return Arrays.stream(platform.mail().getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .map(Inbox::read)
                .filter(mail -> mail.subject().contains(text))
                .toList();
    }

    /**
     * Texts of the SMS to {@code phone} that mention {@code text}, one per message id: the gateway's
     * contract makes a retry with the same {@code Idempotency-Key} the same message.
     */
    List<String> smsTo(String phone, String text) {
        List<LoggedRequest> requests = platform.smsGateway().findAll(postRequestedFor(urlEqualTo(Platform.SMS_PATH))
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .withRequestBody(containing(text)));
        Map<String, String> byMessageId = requests.stream().collect(Collectors.toMap(
                request -> request.getHeader("Idempotency-Key"),
                request -> JsonPath.from(request.getBodyAsString()).getString("text"),
                (first, retry) -> first));
        return List.copyOf(byMessageId.values());
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), message.getContent().toString(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
