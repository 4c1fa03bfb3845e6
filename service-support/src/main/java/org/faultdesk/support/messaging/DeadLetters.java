package org.faultdesk.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This service's dead-letter topic as an operator works with it: what is waiting there (each record
 * with the reason and where it came from, in the headers SmallRye's dead-letter queue writes), and
 * a replay that puts the waiting records back on their original topics once the cause is fixed.
 *
 * <p>"Waiting" means after the offsets committed by the consumer group {@code <service>-dead-letter-replay}:
 * a replay commits past what it re-published, so each dead letter is replayed once. One that fails
 * again is dead-lettered again, as a new record with its reason.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(15);
    private static final int PREVIEW = 2000;

    @Inject
    KafkaClients kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    MeterRegistry registry;

    /** A dead letter: where it is, where it came from, why, and the start of its value. */
    public record DeadLetter(int partition, long offset, Instant deadLetteredAt, String key, String originalTopic,
                             Integer originalPartition, Long originalOffset, String reason, String cause,
                             String value) {
    }

    /** What a replay did: how many records went back to which topic. */
    public record Replayed(int replayed, Map<String, Integer> byTopic) {
    }

    public String topic() {
        return serviceName + "-dead-letter";
    }

    /** The dead letters not replayed yet, oldest first per partition, up to {@code limit}. */
    public List<DeadLetter> waiting(int limit) {
        List<DeadLetter> found = new ArrayList<>();
        readWaiting(limit, record -> found.add(describe(record)), false);
        return found;
    }

    /** Puts every waiting dead letter back on its original topic, then commits past it. */
    public synchronized Replayed replay() {
        Map<String, Integer> byTopic = new HashMap<>();
        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            int[] count = new int[1];
            readWaiting(Integer.MAX_VALUE, record -> {
                String original = header(record, "dead-letter-topic");
                if (original == null) {
                    LOG.warnf("dead letter %s-%d@%d has no dead-letter-topic header; not replayed",
                            record.topic(), record.partition(), record.offset());
                    return;
                }
                RecordHeaders headers = new RecordHeaders();
                headers.add("faultdesk-replayed-from", (record.topic() + "-" + record.partition() + "@" + record.offset())
                        .getBytes(StandardCharsets.UTF_8));
                for (Header header : record.headers()) {
                    if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                        headers.add(header);
                    }
                }
                acks.add(producer.send(new ProducerRecord<>(original, null, record.key(), record.value(), headers)));
                byTopic.merge(original, 1, Integer::sum);
                count[0]++;
            }, true, () -> awaitAll(producer, acks));
            registry.counter("faultdesk.dead-letters.replayed").increment(count[0]);
            LOG.infof("%d dead letter(s) of %s replayed: %s", count[0], topic(), byTopic);
            return new Replayed(count[0], byTopic);
        }
    }

    private void readWaiting(int limit, Consumer<ConsumerRecord<String, String>> each, boolean commit) {
        readWaiting(limit, each, commit, () -> { });
    }

    /**
     * Reads the records between the replay group's committed offsets and the ends of the partitions
     * as they are now; with {@code commit}, runs {@code beforeCommit} (the replay's acks) and then
     * commits the ends, so nothing is committed that was not re-published.
     */
    private void readWaiting(int limit, Consumer<ConsumerRecord<String, String>> each, boolean commit,
                             Runnable beforeCommit) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic(), KAFKA_TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions), KAFKA_TIMEOUT);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
            int read = 0;
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                long start = Math.max(from == null ? 0 : from.offset(), starts.get(partition));
                long end = ends.get(partition);
                if (start >= end) {
                    continue;
                }
                consumer.assign(List.of(partition));
                consumer.seek(partition, start);
                long position = start;
                while (position < end && read < limit) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500)).records(partition)) {
                        if (record.offset() >= end || read >= limit) {
                            break;
                        }
                        each.accept(record);
                        read++;
                        position = record.offset() + 1;
                    }
                    position = Math.max(position, Math.min(consumer.position(partition, KAFKA_TIMEOUT), end));
                }
                done.put(partition, new OffsetAndMetadata(position));
            }
            if (commit && !done.isEmpty()) {
                beforeCommit.run();
                consumer.commitSync(done, KAFKA_TIMEOUT);
            }
        }
    }

    private static void awaitAll(KafkaProducer<String, String> producer, List<Future<RecordMetadata>> acks) {
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("a replayed dead letter was not acknowledged; nothing committed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while replaying dead letters", e);
            }
        }
    }

    private DeadLetter describe(ConsumerRecord<String, String> record) {
        String partition = header(record, "dead-letter-partition");
        String offset = header(record, "dead-letter-offset");
        String value = record.value();
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()), record.key(),
                header(record, "dead-letter-topic"), partition == null ? null : Integer.valueOf(partition),
                offset == null ? null : Long.valueOf(offset), header(record, "dead-letter-reason"),
                header(record, "dead-letter-cause"),
                value == null || value.length() <= PREVIEW ? value : value.substring(0, PREVIEW) + "…");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(kafka.settings(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, topic() + "-replay",
                ConsumerConfig.CLIENT_ID_CONFIG, serviceName + "-dead-letter-admin",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis())),
                new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(kafka.settings(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-dead-letter-replay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis())),
                new StringSerializer(), new StringSerializer());
    }
}
