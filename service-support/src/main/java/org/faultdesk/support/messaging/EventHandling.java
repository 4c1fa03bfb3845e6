package org.faultdesk.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.common.header.Header;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.EventType;
import org.faultdesk.events.InvalidEventException;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.support.outbox.ProcessedEvents;
import org.faultdesk.support.tracing.Traces;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * How every {@code @Incoming} method of every service handles a record, so that each is a line:
 * {@code events.once(json, record, TicketOpened.class, workOrders::open)}.
 *
 * <ol>
 *   <li>take the record only from the one service that publishes its type: its {@code ce_source}
 *       header must name that service ({@link EventType#isFromPublisher}); anything else (a record
 *       written by another client of the broker, or copied to the wrong topic) is poison;</li>
 *   <li>parse and validate the JSON ({@link EventJson#read}): a record that can never be handled
 *       throws {@link InvalidEventException}, naming the field;</li>
 *   <li>ask the optional {@code concernsUs} test, from the event alone, whether this service cares
 *       at all: an event it does not care about costs no database round trip;</li>
 *   <li>in one new transaction, record the event id ({@link ProcessedEvents#firstDelivery}) and
 *       apply the effect, so a redelivered event changes nothing and a failed one leaves no trace;</li>
 *   <li>classify a failure ({@link FailureKind}) and count it: a poison record's failure is rethrown,
 *       so the channel's failure strategy moves it to the dead-letter topic with the reason; a
 *       transient failure (the database, a downstream service) is retried here with a backoff
 *       that doubles up to {@value #MAX_BACKOFF_SECONDS} s, for as long as it takes. The record is
 *       never skipped: the consumer pauses on it (later records of its topic wait behind it), and
 *       readiness says so ({@link ConsumerPauses}) until it went through.</li>
 *   <li>once the service has begun to stop ({@link ServiceStopping}), begin nothing and take no
 *       failure for the record's fault: the record is left uncommitted for the next instance
 *       ({@link StoppedBeforeHandled}).</li>
 * </ol>
 */
@ApplicationScoped
public class EventHandling {

    /** The CloudEvents source header every record of the platform carries (set by the outbox relay). */
    static final String CE_SOURCE = "ce_source";
    /** The MDC key of the ticket a log line is about (JSON logs: {@code mdc.ticketId}). */
    public static final String TICKET_ID = "ticketId";
    private static final Logger LOG = Logger.getLogger(EventHandling.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    /** Short: once the database is back, the records waiting behind this one must not wait long. */
    static final long MAX_BACKOFF_SECONDS = 5;

    @Inject
    ConsumerPauses pauses;

    @Inject
    ServiceStopping stopping;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    /** Applies the effect once per event id. */
    public <T extends TicketEvent> void once(String json, IncomingKafkaRecordMetadata<?, ?> record, Class<T> type,
                                             Consumer<? super T> effect) {
        once(json, record, type, event -> true, effect);
    }

    /** Applies the effect once per event id, to the events this service is concerned with. */
    public <T extends TicketEvent> void once(String json, IncomingKafkaRecordMetadata<?, ?> record, Class<T> type,
                                             Predicate<? super T> concernsUs, Consumer<? super T> effect) {
        T event;
        try {
            requirePublisher(record, type);
            event = EventJson.read(json, type);
        } catch (InvalidEventException e) {
            failed(type, null, FailureKind.POISON, e);
            throw e;
        }
        if (!concernsUs.test(event)) {
            return;
        }
        // The trace of whoever wrote the event goes on here; the log lines meanwhile name it and the ticket.
        try (Traces.Handling handling = Traces.consuming(tracer, record.getTopic(), record.getHeaders())) {
            MDC.put(TICKET_ID, event.ticketId());
            handle(event, type, effect);
        } finally {
            MDC.remove(TICKET_ID);
        }
    }

    private <T extends TicketEvent> void handle(T event, Class<T> type, Consumer<? super T> effect) {
        Duration backoff = FIRST_BACKOFF;
        String name = type.getSimpleName();
        while (true) {
            if (stopping.isStopping()) {
                // Nothing new is begun while the service closes: the next instance reads the record again.
                throw new StoppedBeforeHandled(name, null);
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processedEvents.firstDelivery(event)) {
                        effect.accept(event);
                    }
                });
                if (pauses.isPaused(name)) {
                    pauses.resumed(name);
                    LOG.infof("ticket %s: %s handled; the consumer goes on", event.ticketId(), name);
                }
                return;
            } catch (RuntimeException e) {
                if (stopping.isStopping()) {
                    // What failed may be what the stop is closing (the EntityManagerFactory, the pool), not the record.
                    throw new StoppedBeforeHandled(name, e);
                }
                FailureKind kind = FailureKind.of(e);
                failed(type, event, kind, e);
                if (kind == FailureKind.POISON) {
                    throw e;
                }
                pauses.paused(name, e.getMessage());
                sleep(backoff, name, e);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(MAX_BACKOFF_SECONDS)) > 0
                        ? Duration.ofSeconds(MAX_BACKOFF_SECONDS) : backoff.multipliedBy(2);
            }
        }
    }

    /** Refuses a record whose {@code ce_source} is not the one service that publishes its type. */
    private static void requirePublisher(IncomingKafkaRecordMetadata<?, ?> record, Class<? extends TicketEvent> type) {
        EventType eventType = EventType.ofClass(type);
        Header source = record.getHeaders().lastHeader(CE_SOURCE);
        String sourceName = source == null || source.value() == null
                ? null : new String(source.value(), StandardCharsets.UTF_8);
        if (!eventType.isFromPublisher(sourceName)) {
            throw new InvalidEventException(CE_SOURCE + " is " + (sourceName == null ? "missing" : "'" + sourceName + "'")
                    + ": " + record.getTopic() + " is taken only from " + eventType.cloudEventSource(), null);
        }
    }

    /**
     * Waits before the next try. A stop of the service (an interrupt) ends the wait: the record is
     * left for the next instance, not dead-lettered ({@link DeadLetterUnlessStopping}).
     */
    private static void sleep(Duration backoff, String event, RuntimeException failure) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoppedBeforeHandled(event, failure);
        }
    }

    private void failed(Class<?> type, TicketEvent event, FailureKind kind, RuntimeException e) {
        registry.counter("faultdesk.events.failed", "event", type.getSimpleName(), "kind", kind.name()).increment();
        String ticket = event == null ? "?" : event.ticketId();
        LOG.warnf("ticket %s: %s not handled (%s%s): %s", ticket, type.getSimpleName(), kind,
                kind == FailureKind.TRANSIENT ? ", retried" : ", dead-lettered", e.getMessage());
    }
}
