package org.faultdesk.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.faultdesk.notification.domain.TicketContext;

/** What this service remembers of each ticket, locked while one event about it is handled. */
@ApplicationScoped
public class TicketContextStore {

    @Inject
    EntityManager entityManager;

    /**
     * The ticket's context, created empty on first sight and locked for this transaction: events
     * about one ticket arrive on several topics at once, and their handlers take turns here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TicketContext lockOrCreate(String ticketId) {
        entityManager.createNativeQuery("insert into ticket_context (ticket_id) values (:id) on conflict do nothing")
                .setParameter("id", ticketId)
                .executeUpdate();
        return entityManager.find(TicketContext.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The contexts of those tickets this service has seen. */
    public List<TicketContext> known(List<String> ticketIds) {
        return entityManager.createQuery("from TicketContext where ticketId in :ids", TicketContext.class)
                .setParameter("ids", ticketIds)
                .getResultList();
    }
}
