package org.faultdesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What reached people: e-mails GreenMail received and SMS the gateway accepted, by recipient. */
final class Inbox {

    /** An e-mail as the recipient reads it, when it was sent (its Date header: whole seconds), and its Message-ID. */
    record Mail(String subject, String body, Instant sentAt, String messageId) {
    }

    private final Platform platform;

    Inbox(Platform platform) {
        this.platform = platform;
    }

    /**
     * E-mails to {@code address} whose subject mentions {@code text} (every notice names its ticket
     * there), one per Message-ID: notification-service sends every attempt at one message under the
     * same id, so a copy a slow server took after the attempt's timeout is the same message.
     */
    List<Mail> mailsTo(String address, String text) {
        return List.copyOf(Arrays.stream(platform.mail().getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .map(Inbox::read)
                .filter(mail -> mail.subject().contains(text))
                .collect(Collectors.toMap(Mail::messageId, mail -> mail, (first, copy) -> first, LinkedHashMap::new))
                .values());
    }

    /** Message-IDs the SMTP server received more than once: attempts it took after they had timed out. */
    Set<String> mailsSentAgain() {
        return Arrays.stream(platform.mail().getReceivedMessages()).map(Inbox::read)
                .collect(Collectors.groupingBy(Mail::messageId, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
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

    /** An SMS as the gateway received it: its message id (Idempotency-Key), recipient and text. */
    record Sms(String messageId, String to, String text) {
    }

    /** Every SMS the gateway received, one per message id (a retry under the same id is the same message). */
    List<Sms> allSms() {
        return List.copyOf(smsRequests().map(event -> {
            JsonPath body = JsonPath.from(event.getRequest().getBodyAsString());
            return new Sms(event.getRequest().getHeader("Idempotency-Key"), body.getString("to"), body.getString("text"));
        }).collect(Collectors.toMap(Sms::messageId, sms -> sms, (first, retry) -> first, LinkedHashMap::new)).values());
    }

    /** When the gateway first accepted an SMS to {@code phone} that mentions each of {@code texts}; empty if it has not. */
    Optional<Instant> smsAcceptedAt(String phone, String... texts) {
        // Plain text matches first: parsing every request's JSON for every alert cost a chaos test 20 s.
        return smsRequests().filter(event -> event.getResponse().getStatus() == 202)
                .filter(event -> event.getRequest().getBodyAsString().contains(phone)
                        && Arrays.stream(texts).allMatch(event.getRequest().getBodyAsString()::contains))
                .filter(event -> phone.equals(JsonPath.from(event.getRequest().getBodyAsString()).getString("to")))
                .map(event -> event.getRequest().getLoggedDate().toInstant())
                .min(Comparator.naturalOrder());
    }

    /**
     * The message ids the gateway had accepted and was sent again under: what a sender does that
     * died before it heard the acceptance (the retry's id lets the gateway drop the copy).
     */
    Set<String> smsSentAgainAfterAcceptance() {
        Map<String, List<ServeEvent>> byMessageId = smsRequests()
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .collect(Collectors.groupingBy(event -> event.getRequest().getHeader("Idempotency-Key")));
        return byMessageId.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && e.getValue().get(0).getResponse().getStatus() == 202)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The message id of the first SMS to {@code phone} the gateway received at or after {@code since}, if any yet. */
    Optional<String> smsReceivedSince(String phone, Instant since) {
        return smsRequests()
                .filter(event -> event.getRequest().getBodyAsString().contains(phone)
                        && !event.getRequest().getLoggedDate().toInstant().isBefore(since))
                .map(event -> event.getRequest().getHeader("Idempotency-Key"))
                .findFirst();
    }

    /** How many requests the gateway had for one message id. */
    long smsRequests(String messageId) {
        return smsRequests().filter(event -> messageId.equals(event.getRequest().getHeader("Idempotency-Key"))).count();
    }

    private Stream<ServeEvent> smsRequests() {
        return platform.smsGateway().getAllServeEvents().stream()
                .filter(event -> Platform.SMS_PATH.equals(event.getRequest().getUrl())
                        && event.getRequest().getHeader("Idempotency-Key") != null);
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
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
