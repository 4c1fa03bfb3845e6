package org.faultdesk.platform.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.EventType;
import org.faultdesk.events.InvalidEventException;
import org.faultdesk.events.TicketEvent;

/**
 * Reads the six topics the summary counts, from their end as it was when the run started: no
 * consumer group (nothing committed, no other consumer disturbed), every partition assigned.
 */
final class TopicTap implements AutoCloseable {

    static final List<EventType> WATCHED = List.of(EventType.TICKET_OPENED, EventType.TICKET_DISPATCHED,
            EventType.TICKET_RESOLVED, EventType.SLA_WARNING_RAISED, EventType.TICKET_ESCALATED,
            EventType.SLA_CLOCK_STOPPED);

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, EventType> typeByTopic = WATCHED.stream()
            .collect(Collectors.toMap(EventType::topic, type -> type));
    private final Consumer<TicketEvent> sink;
    private final Thread thread = new Thread(this::run, "topic-tap");
    private volatile boolean running = true;

    TopicTap(String bootstrapServers, Consumer<TicketEvent> sink) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "call-centre-simulator");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(config);
        this.sink = sink;
    }

    /** Takes position at the end of every partition, then reads on in the background. */
    void start() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (EventType type : WATCHED) {
            consumer.partitionsFor(type.topic(), Duration.ofSeconds(15))
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: ask for each position now, so that events of the tickets about to be
        // posted are after it.
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(15)));
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    EventType type = typeByTopic.get(record.topic());
                    try {
                        sink.accept(EventJson.read(record.value(), type.recordClass()));
                    } catch (InvalidEventException e) {
                        System.err.println("skipped a message on " + record.topic() + ": " + e.getMessage());
                    }
                }
            }
        } catch (WakeupException e) {
            // close() asked to stop
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
