package org.faultdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning for a while and reports how late each event left: the record's
 * timestamp (set when the outbox relay sent it) minus the event's dueAt, and the same on receipt.
 * Warm-up tickets (TT-WARM-…) are not counted.
 * Usage: java -cp <kafka-clients + deps> LatenessProbe.java <bootstrap> <topic> <seconds> <expected>
 */
public class LatenessProbe {

    private static final Pattern DUE = Pattern.compile("\"dueAt\":\"([^\"]+)\"");

    public static void main(String[] args) {
        String bootstrap = args[0];
        String topic = args[1];
        Duration runFor = Duration.ofSeconds(Long.parseLong(args[2]));
        long expected = Long.parseLong(args[3]);
        List<Long> sent = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant until = Instant.now().plus(runFor);
            while (Instant.now().isBefore(until) && sent.size() < expected) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    long now = System.currentTimeMillis();
                    Matcher due = DUE.matcher(record.value());
                    boolean warmUp = record.key() != null && record.key().startsWith("TT-WARM-");
                    if (!warmUp && due.find()) {
                        long dueAt = Instant.parse(due.group(1)).toEpochMilli();
                        sent.add(record.timestamp() - dueAt);
                        received.add(now - dueAt);
                    }
                }
            }
        }
        report("sent (record timestamp - dueAt)", sent);
        report("received by a consumer - dueAt", received);
    }

    private static void report(String what, List<Long> lateness) {
        long[] sorted = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println(what + ": no events");
            return;
        }
        System.out.printf("%s: n=%d p50=%d ms p99=%d ms max=%d ms min=%d ms%n", what, sorted.length,
                Percentiles.of(sorted, 50), Percentiles.of(sorted, 99), Percentiles.max(sorted), sorted[0]);
    }
}
