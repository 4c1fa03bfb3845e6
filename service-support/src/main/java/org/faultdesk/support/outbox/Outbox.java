package org.faultdesk.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    /** Stores the event for publication; must run inside the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(TicketEvent event) {
        EventType type = EventType.of(event);
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = type.topic();
        message.messageKey = event.ticketId();
        message.eventType = type.cloudEventType(event.schemaVersion());
        message.occurredAt = event.occurredAt();
        message.payload = EventJson.write(event);
        message.persist();
        relay.wakeAfterCommit();
    }
}
