package org.faultdesk.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.TicketEvent;

/**
 * The idempotent consumer's memory: an event id is recorded in the same transaction as the effect
 * of handling it, so a redelivered event is recognised and skipped, and a rolled-back handling
 * leaves no trace.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String consumer;

    /**
     * Records the event as handled by this service; returns false when it already was (skip it).
     * Two concurrent deliveries of one event serialise on the primary key: the second waits for
     * the first transaction and then sees the row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(TicketEvent event) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id) values (:consumer, :eventId)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.eventId())
                .executeUpdate();
        return inserted == 1;
    }
}
