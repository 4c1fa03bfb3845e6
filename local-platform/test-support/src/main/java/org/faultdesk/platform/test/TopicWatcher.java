package org.faultdesk.platform.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.TicketEvent;

/**
 * A consumer without a group, assigned to every partition of one topic from the end offsets at
 * the time it was made. Waiting is done by Kafka's own poll, never by sleeping.
 */
public final class TopicWatcher implements AutoCloseable {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    TopicWatcher(String topic, boolean fromStart) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(TestKafka.clientSettings(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        if (fromStart) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // position() resolves the lazy seek now, so records sent after this line are all seen.
        partitions.forEach(consumer::position);
    }

    /** Waits until a record matches, then returns it. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching) {
        return awaitRecords(matching, 1, DEFAULT_WAIT).get(0);
    }

    /** Waits until {@code count} records match within {@code wait}; fails listing what was seen. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> matching,
                                                             int count, Duration wait) {
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            List<ConsumerRecord<String, String>> matches = seen.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches;
            }
            Duration left = Duration.between(Instant.now(), giveUp);
            if (left.isNegative()) {
                throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + wait
                        + ", found " + matches.size() + " among " + seen.size() + " seen: " + describe());
            }
            consumer.poll(left.compareTo(Duration.ofMillis(500)) < 0 ? left : Duration.ofMillis(500)).forEach(seen::add);
        }
    }

    /** Waits for the event about {@code ticketId} of the given type and returns it parsed. */
    public <T extends TicketEvent> T awaitEvent(Class<T> type, String ticketId) {
        return awaitEvents(type, ticketId, 1, DEFAULT_WAIT).get(0);
    }

    public <T extends TicketEvent> List<T> awaitEvents(Class<T> type, String ticketId, int count, Duration wait) {
        return awaitEvents(type, record -> ticketId.equals(record.key()), count, wait);
    }

    /** Waits for the first event matching {@code matching} (for example {@link #clockOf}) and returns it parsed. */
    public <T extends TicketEvent> T awaitEvent(Class<T> type, Predicate<ConsumerRecord<String, String>> matching) {
        return awaitEvents(type, matching, 1, DEFAULT_WAIT).get(0);
    }

    public <T extends TicketEvent> List<T> awaitEvents(Class<T> type, Predicate<ConsumerRecord<String, String>> matching,
                                                       int count, Duration wait) {
        return awaitRecords(matching, count, wait).stream()
                .map(record -> EventJson.read(record.value(), type))
                .toList();
    }

    /**
     * The SLA events of one of a ticket's clocks ({@link SlaClocks}): {@code restore}, or a response
     * milestone's; an event that names no clock is the restore clock's.
     */
    public static Predicate<ConsumerRecord<String, String>> clockOf(String ticketId, String clock) {
        return record -> ticketId.equals(record.key()) && clock.equals(SlaClocks.orRestore(clockNamed(record.value())));
    }

    private static String clockNamed(String json) {
        try {
            JsonNode clock = EventJson.mapper().readTree(json).get("clock");
            return clock == null ? null : clock.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Polls for {@code quietPeriod} and returns every record seen so far that matches. */
    public List<ConsumerRecord<String, String>> recordsAfter(Duration quietPeriod,
                                                            Predicate<ConsumerRecord<String, String>> matching) {
        Instant until = Instant.now().plus(quietPeriod);
        for (Duration left = quietPeriod; !left.isNegative(); left = Duration.between(Instant.now(), until)) {
            consumer.poll(left).forEach(seen::add);
        }
        return seen.stream().filter(matching).toList();
    }

    private String describe() {
        return seen.stream().limit(20).map(r -> r.key() + "=" + r.value()).toList().toString();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
