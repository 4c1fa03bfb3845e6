package org.faultdesk.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.InvalidEventException;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.support.outbox.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * How every {@code @Incoming} method of every service handles a record, so that each is a line:
 * {@code events.once(json, TicketOpened.class, workOrders::open)}.
 *
 * <ol>
 *   <li>parse and validate the JSON ({@link EventJson#read}): a record that can never be handled
 *       throws {@link InvalidEventException}, naming the field;</li>
 *   <li>ask the optional {@code concernsUs} test, from the event alone, whether this service cares
 *       at all: an event it does not care about costs no database round trip;</li>
 *   <li>in one new transaction, record the event id ({@link ProcessedEvents#firstDelivery}) and
 *       apply the effect, so a redelivered event changes nothing and a failed one leaves no trace;</li>
 *   <li>classify a failure ({@link FailureKind}), count it and log it once with the ticket id, then
 *       rethrow it unchanged: the channel's failure strategy decides what happens to the record.</li>
 * </ol>
 */
@ApplicationScoped
public class EventHandling {

    private static final Logger LOG = Logger.getLogger(EventHandling.class);

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    MeterRegistry registry;

    /** Applies the effect once per event id. */
    public <T extends TicketEvent> void once(String json, Class<T> type, Consumer<? super T> effect) {
        once(json, type, event -> true, effect);
    }

    /** Applies the effect once per event id, to the events this service is concerned with. */
    public <T extends TicketEvent> void once(String json, Class<T> type, Predicate<? super T> concernsUs,
                                             Consumer<? super T> effect) {
        T event;
        try {
            event = EventJson.read(json, type);
        } catch (InvalidEventException e) {
            failed(type, null, FailureKind.POISON, e);
            throw e;
        }
        if (!concernsUs.test(event)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (processedEvents.firstDelivery(event)) {
                    effect.accept(event);
                }
            });
        } catch (RuntimeException e) {
            failed(type, event, FailureKind.of(e), e);
            throw e;
        }
    }

    private void failed(Class<?> type, TicketEvent event, FailureKind kind, RuntimeException e) {
        registry.counter("faultdesk.events.failed", "event", type.getSimpleName(), "kind", kind.name()).increment();
        String ticket = event == null ? "?" : event.ticketId();
        LOG.warnf("ticket %s: %s not handled (%s): %s", ticket, type.getSimpleName(), kind, e.getMessage());
    }
}
