package org.faultdesk.support.outbox;

import org.faultdesk.support.tracing.Traces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.EventType;
import org.faultdesk.events.TicketEvent;

/**
 * Where services publish events: the event is stored in the caller's transaction, so it exists
 * exactly when the change it reports was committed. {@link OutboxRelay} sends it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /** Stores the event for publication; must run inside the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(TicketEvent event) {
        EventType type = EventType.of(event);
        if (!type.publisher().equals(serviceName)) {
            // Consumers refuse it from any source but its publisher: it would only be dead-lettered.
            throw new IllegalStateException(serviceName + " cannot publish " + type.topic()
                    + ": only " + type.publisher() + " does");
        }
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = type.topic();
        message.messageKey = event.ticketId();
        message.eventType = type.cloudEventType(event.schemaVersion());
        message.occurredAt = event.occurredAt();
        message.payload = EventJson.write(event);
        message.traceParent = Traces.currentTraceParent().orElse(null);
        message.persist();
        relay.wakeAfterCommit();
    }
}
