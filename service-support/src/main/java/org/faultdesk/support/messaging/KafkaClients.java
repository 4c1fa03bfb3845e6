package org.faultdesk.support.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of the Kafka clients we build by hand (the outbox relay's producer, the topic
 * check's admin client, the dead-letter replay): every {@code kafka.*} property of the service, as
 * the SmallRye channels get them, so that TLS or SASL is switched on by configuration for all of
 * them at once ({@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}), with
 * each client's own settings on top.
 */
@ApplicationScoped
public class KafkaClients {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerSettings;

    /** The service's {@code kafka.*} settings with {@code own} on top. */
    public Map<String, Object> settings(Map<String, Object> own) {
        return merged(brokerSettings, own);
    }

    static Map<String, Object> merged(Map<String, Object> broker, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(broker);
        settings.putAll(own);
        return settings;
    }
}
