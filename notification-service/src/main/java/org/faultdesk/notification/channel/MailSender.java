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
 */
@ApplicationScoped
public class MailSender {

    @Inject
    ReactiveMailer mailer;

    @ConfigProperty(name = "faultdesk.mail.timeout", defaultValue = "PT10S")
    Duration timeout;

    public void send(String to, String subject, String text) throws ChannelException {
        try {
            mailer.send(Mail.withText(to, subject, text)).await().atMost(timeout);
        } catch (io.smallrye.mutiny.TimeoutException e) {
            throw new ChannelException("SMTP server did not answer in " + timeout, e);
        } catch (RuntimeException e) {
            throw new ChannelException("SMTP server refused or unreachable", e.getCause() != null ? e.getCause() : e);
        }
    }
}
