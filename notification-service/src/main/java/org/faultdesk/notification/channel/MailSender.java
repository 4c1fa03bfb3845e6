package org.faultdesk.notification.channel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail over SMTP with quarkus-mailer (server, credentials, STARTTLS and pool are its
 * {@code quarkus.mailer.*} settings). Called from the delivery worker's thread, never from an event
 * loop, so it may wait for the server's answer, but never longer than {@code faultdesk.mail.timeout}.
 *
 * <p>SMTP has no idempotency key: a server that takes the message but answers after the timeout
 * gets it again at the retry. Every attempt at one message therefore carries the same
 * {@code Message-ID}, so the copy is recognisably the same message (mail systems and readers that
 * de-duplicate by it show one), as an SMS retry carries the same idempotency key.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    ReactiveMailer mailer;

    @ConfigProperty(name = "faultdesk.mail.timeout", defaultValue = "PT10S")
    Duration timeout;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    /** Sends one message; {@code messageId} (unique, the same at every retry) becomes its Message-ID. */
    public void send(String messageId, String to, String subject, String text) throws ChannelException {
        try {
            Mail mail = Mail.withText(to, subject, text).addHeader("Message-ID", "<" + messageId + "@" + domainOfSender() + ">");
            mailer.send(mail).await().atMost(timeout);
        } catch (io.smallrye.mutiny.TimeoutException e) {
            throw new ChannelException("SMTP server did not answer in " + timeout, e);
        } catch (RuntimeException e) {
            throw new ChannelException("SMTP server refused or unreachable", e.getCause() != null ? e.getCause() : e);
        }
    }

    private String domainOfSender() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "faultdesk.invalid" : from.substring(at + 1).replace(">", "").strip();
    }
}
