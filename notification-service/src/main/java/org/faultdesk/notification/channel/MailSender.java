package org.faultdesk.notification.channel;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail over SMTP with the Vert.x mail client on the Vert.x instance Quarkus already runs
 * (quarkus-mailer is not on our mirror, see ADR 0040). Called from the delivery worker's thread,
 * never from an event loop, so it may wait for the server's answer.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "faultdesk.mail.host")
    String host;

    @ConfigProperty(name = "faultdesk.mail.port")
    int port;

    @ConfigProperty(name = "faultdesk.mail.username")
    Optional<String> username;

    @ConfigProperty(name = "faultdesk.mail.password")
    Optional<String> password;

    @ConfigProperty(name = "faultdesk.mail.from")
    String from;

    @ConfigProperty(name = "faultdesk.mail.start-tls", defaultValue = "OPTIONAL")
    StartTLSOptions startTls;

    @ConfigProperty(name = "faultdesk.mail.ssl", defaultValue = "false")
    boolean ssl;

    @ConfigProperty(name = "faultdesk.mail.timeout", defaultValue = "PT10S")
    Duration timeout;

    private MailClient client;

    public void send(String to, String subject, String text) throws ChannelException {
        MailMessage message = new MailMessage().setFrom(from).setTo(to).setSubject(subject).setText(text);
        try {
            client().sendMail(message).toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ChannelException("SMTP server refused or unreachable", e.getCause());
        } catch (TimeoutException e) {
            throw new ChannelException("SMTP server did not answer in " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException("interrupted while sending e-mail", e);
        }
    }

    private synchronized MailClient client() {
        if (client == null) {
            MailConfig config = new MailConfig().setHostname(host).setPort(port).setStarttls(startTls).setSsl(ssl)
                    .setKeepAlive(true).setMaxPoolSize(2);
            username.ifPresent(config::setUsername);
            password.ifPresent(config::setPassword);
            client = MailClient.create(vertx, config);
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
