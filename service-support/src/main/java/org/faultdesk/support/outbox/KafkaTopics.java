package org.faultdesk.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.support.messaging.KafkaClients;

/**
 * Which of the outbox's topics exist on the broker. A producer cannot tell a missing topic from an
 * unreachable broker (both are a metadata timeout), so the relay asks the broker here first: a
 * topic the broker says it does not know is a reason to park, an unanswered question is a reason
 * to wait. Topics found once are remembered: a topic is not deleted under a running platform.
 */
@ApplicationScoped
public class KafkaTopics {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    KafkaClients kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private Admin admin;

    /** Those of {@code topics} the broker says do not exist; throws when the broker does not answer. */
    public Set<String> missing(Collection<String> topics) {
        Set<String> unknown = new LinkedHashSet<>(topics);
        unknown.removeAll(known);
        if (unknown.isEmpty()) {
            return Set.of();
        }
        Map<String, KafkaFuture<TopicDescription>> answers =
                admin().describeTopics(unknown).topicNameValues();
        Set<String> missing = new HashSet<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> answer : answers.entrySet()) {
            try {
                answer.getValue().get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                known.add(answer.getKey());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException
                        || e.getCause() instanceof InvalidTopicException) {
                    missing.add(answer.getKey());
                } else {
                    throw new IllegalStateException("the broker did not say whether topic " + answer.getKey()
                            + " exists: " + e.getCause(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("the broker did not answer within " + ANSWER_TIMEOUT
                        + " whether topic " + answer.getKey() + " exists", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking the broker about topics", e);
            }
        }
        return missing;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafka.settings(Map.of(
                    AdminClientConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-topics",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ANSWER_TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ANSWER_TIMEOUT.toMillis())));
        }
        return admin;
    }

    synchronized void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ShutdownEvent shutdown) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
