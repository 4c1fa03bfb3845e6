package org.faultdesk.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.faultdesk.support.tracing.Traces;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.Publishers;
import org.faultdesk.support.messaging.KafkaClients;
import org.faultdesk.support.worker.BackgroundWorker;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;

/**
 * Sends committed outbox messages to Kafka, oldest first, and deletes them once the broker has
 * acknowledged them. A message is therefore published at least once, even across a broker outage
 * or a crash; consumers skip the rare duplicate by event id.
 *
 * <p>It uses a plain Kafka producer rather than a SmallRye emitter because a relay needs batch
 * semantics an emitter hides behind its buffer: send N, wait for all N acks, then delete N.
 *
 * <p>A message that can never be sent as it is does not block the rest: it is parked
 * ({@link ParkedMessages}) with the reason, and replayed by an operator after the fix.
 *
 * <p>Several instances of a service may run: a PostgreSQL advisory lock held for each batch's
 * transaction lets one relay at a time work, which keeps each ticket's events in commit order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final WorkerSpec WORKER = WorkerSpec.of("outbox-relay", Duration.ofMillis(200), Duration.ofSeconds(5));
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(40);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClients kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @ConfigProperty(name = "faultdesk.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    BackgroundWorkers workers;

    @Inject
    ParkedMessages parked;

    @Inject
    KafkaTopics topics;

    private volatile BackgroundWorker worker;
    private KafkaProducer<String, String> producer;
    private Counter published;

    void start(@Observes StartupEvent startup) {
        published = registry.counter("faultdesk.outbox.published");
        producer = new KafkaProducer<>(kafka.settings(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                // Give up on a batch well before ACK_TIMEOUT so it is retried, not left in the air.
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)),
                new StringSerializer(), new StringSerializer());
        worker = workers.start(WORKER.withBacklog("faultdesk.outbox.backlog", this::backlog),
                () -> relayBatch() == batchSize); // a full batch: more is waiting
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ShutdownEvent shutdown) {
        // After BackgroundWorkers has stopped the relay's thread: no pass uses the producer any more.
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * Called in a transaction that wrote to the outbox: relay once it commits, not at the next poll.
     * A consumer may handle its first record before this bean's start has run (the channels start on
     * their own): then there is no worker to wake yet, and its first pass takes the row. Waking is
     * only a shortcut; failing the handling for it dead-lettered a good event once (a restart under load).
     */
    void wakeAfterCommit() {
        BackgroundWorker started = worker;
        if (started != null) {
            started.wakeAfterCommit();
        }
    }

    /**
     * Publishes one batch in one transaction; returns how many messages it took from the outbox
     * (published or parked). A message that can never be sent as it is ({@link Unsendable}) is
     * parked with the reason and the others go on; a transient failure (the broker away) leaves
     * the messages it hit in the outbox, deletes those acknowledged, and is thrown after the
     * commit, so the worker backs off and tries again.
     */
    int relayBatch() {
        RuntimeException[] transientFailure = new RuntimeException[1];
        int taken = QuarkusTransaction.requiringNew().call(() -> {
            boolean ours = (Boolean) entityManager
                    .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('faultdesk-outbox-relay'))")
                    .getSingleResult();
            if (!ours) {
                return 0; // another instance is relaying; it will take these rows
            }
            List<OutboxMessage> batch = entityManager
                    .createQuery("from OutboxMessage order by id", OutboxMessage.class)
                    .setMaxResults(batchSize)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            Set<String> missingTopics = topics.missing(batch.stream().map(message -> message.topic).toList());
            Map<OutboxMessage, Future<RecordMetadata>> acks = new LinkedHashMap<>();
            List<Long> sent = new ArrayList<>(batch.size());
            int parkedNow = 0;
            for (OutboxMessage message : batch) {
                if (missingTopics.contains(message.topic)) {
                    parked.park(message, "topic " + message.topic + " does not exist on the broker");
                    parkedNow++;
                    continue;
                }
                acks.put(message, producer.send(toRecord(message)));
            }
            producer.flush();
            for (Map.Entry<OutboxMessage, Future<RecordMetadata>> ack : acks.entrySet()) {
                OutboxMessage message = ack.getKey();
                try {
                    ack.getValue().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    sent.add(message.id);
                } catch (ExecutionException e) {
                    Optional<String> never = Unsendable.reason(e.getCause());
                    if (never.isPresent()) {
                        parked.park(message, never.get());
                        parkedNow++;
                    } else if (transientFailure[0] == null) {
                        transientFailure[0] = new IllegalStateException("outbox message " + message.eventId
                                + " to " + message.topic + " not acknowledged: " + e.getCause(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    if (transientFailure[0] == null) {
                        transientFailure[0] = new IllegalStateException("outbox message " + message.eventId
                                + " to " + message.topic + " not acknowledged within " + ACK_TIMEOUT, e);
                    }
                }
            }
            if (!sent.isEmpty()) {
                // By id, not "id <= last": a transaction that took a smaller id may commit only now.
                entityManager.createQuery("delete from OutboxMessage where id in :ids")
                        .setParameter("ids", sent)
                        .executeUpdate();
                published.increment(sent.size());
            }
            return sent.size() + parkedNow;
        });
        if (transientFailure[0] != null) {
            throw transientFailure[0];
        }
        return taken;
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        // CloudEvents binary mode: generic tools can route and trace without parsing the payload.
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", message.eventId.toString());
        header(headers, "ce_type", message.eventType);
        header(headers, "ce_source", Publishers.cloudEventSource(serviceName));
        header(headers, "ce_subject", message.messageKey);
        header(headers, "ce_time", message.occurredAt.toString());
        header(headers, "content-type", "application/json");
        if (message.traceParent != null) {
            header(headers, Traces.TRACEPARENT, message.traceParent);
        }
        return new ProducerRecord<>(message.topic, null, message.messageKey, message.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private double backlog() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from outbox_message").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
