package org.faultdesk.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.faultdesk.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A broker that requires a login (SASL/SCRAM-SHA-512), started like every local broker: a client
 * without credentials, or with a wrong password, gets nothing; one with them gets the contract's
 * topics. The services take the same settings as {@code kafka.security.protocol},
 * {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config} (every client, the hand-built ones
 * too: service-support's KafkaClients).
 */
class SaslBrokerTest {

    private static final BrokerSettings.ScramUser FAULTDESK = new BrokerSettings.ScramUser("faultdesk", "s3cret-for-this-test");
    private static LocalKafka kafka;

    @BeforeAll
    static void start() throws IOException {
        Path home = Files.createTempDirectory("sasl-broker");
        kafka = new LocalKafka(new BrokerSettings("127.0.0.1", freePort(), freePort(), home, true, "384m")
                .requiringLogin(FAULTDESK));
        kafka.ensureRunning();
    }

    @AfterAll
    static void stop() {
        kafka.stop();
    }

    @Test
    void aClientWithTheCredentialsSeesTheTopics() throws Exception {
        try (Admin admin = Admin.create(withTimeouts(kafka.settings().clientSettings()))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).containsAll(Topics.ALL);
        }
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        Map<String, Object> anonymous = withTimeouts(new HashMap<>(Map.of("bootstrap.servers", kafka.settings().bootstrapServers())));
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        Map<String, Object> wrong = kafka.settings().clientSettings();
        wrong.put("sasl.jaas.config", new BrokerSettings.ScramUser("faultdesk", "guessed").jaasConfig());
        try (Admin admin = Admin.create(withTimeouts(wrong))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static Map<String, Object> withTimeouts(Map<String, Object> client) {
        client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        return client;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
