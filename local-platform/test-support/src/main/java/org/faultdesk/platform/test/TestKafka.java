package org.faultdesk.platform.test;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.EventType;
import org.faultdesk.events.TicketEvent;

/** Reads and writes topics of the broker the current test run uses, as another service would. */
public final class TestKafka {

    /** Set by {@link PlatformTestResource} once the broker is known. */
    public static final String BOOTSTRAP_PROPERTY = "faultdesk.test.kafka.bootstrap";

    private TestKafka() {
    }

    /** Security settings every client of the test broker needs (SASL when the broker requires a login), none by default. */
    private static volatile Map<String, Object> login = Map.of();

    /** The broker requires a login: every producer and watcher from now on logs in with {@code settings}. */
    public static void logInWith(Map<String, Object> settings) {
        login = Map.copyOf(settings);
    }

    /** Bootstrap servers and the login, as a Kafka client takes them, with {@code own} on top. */
    static Map<String, Object> clientSettings(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(login);
        settings.put("bootstrap.servers", bootstrapServers());
        settings.putAll(own);
        return settings;
    }

    public static String bootstrapServers() {
        String servers = System.getProperty(BOOTSTRAP_PROPERTY);
        if (servers == null) {
            throw new IllegalStateException("no test broker yet: annotate the test with PlatformTestResource");
        }
        return servers;
    }

    /** Publishes an event exactly as the platform's outbox relay does: JSON, keyed by ticket id. */
    public static void publish(TicketEvent event) {
        send(EventType.of(event).topic(), event.ticketId(), EventJson.write(event));
    }

    /**
     * Sends raw text, for poison messages and hand-made JSON, as the topic's publisher would (its
     * {@code ce_source}); waits for the broker's ack.
     */
    public static void send(String topic, String key, String value) {
        String publisher = Arrays.stream(EventType.values()).filter(type -> type.topic().equals(topic))
                .map(EventType::cloudEventSource).findFirst().orElse("/test");
        sendFrom(publisher, topic, key, value);
    }

    /** Sends raw text with any {@code ce_source}, as a client that is not the topic's publisher could. */
    public static void sendFrom(String source, String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(clientSettings(Map.of(
                ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("ce_source", source.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The metadata a consumer method receives with the record of {@code event} as its publisher
     * sent it, for tests that call the method directly.
     */
    public static IncomingKafkaRecordMetadata<String, String> asReceived(TicketEvent event) {
        EventType type = EventType.of(event);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(type.topic(), 0, 0, event.ticketId(),
                EventJson.write(event));
        record.headers().add("ce_source", type.cloudEventSource().getBytes(StandardCharsets.UTF_8));
        return new IncomingKafkaRecordMetadata<>(record, type.topic());
    }

    /**
     * The partitions each member of a consumer group (a service: the group is its name) holds now,
     * by member id; empty while the group is rebalancing or has no members. Each instance of a
     * service is one member per consumed channel.
     */
    public static Map<String, Set<TopicPartition>> assignments(String group) {
        try (Admin admin = Admin.create(clientSettings(Map.of()))) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(30, TimeUnit.SECONDS);
            if (description.groupState() != GroupState.STABLE) {
                return Map.of();
            }
            return description.members().stream().collect(Collectors.toMap(MemberDescription::consumerId,
                    member -> Set.copyOf(member.assignment().topicPartitions())));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts watching a topic from its current end: only records published from now on are seen. */
    public static TopicWatcher watch(String topic) {
        return new TopicWatcher(topic, false);
    }

    /** Starts watching a topic from its beginning: every record it holds is seen. */
    public static TopicWatcher watchFromStart(String topic) {
        return new TopicWatcher(topic, true);
    }
}
