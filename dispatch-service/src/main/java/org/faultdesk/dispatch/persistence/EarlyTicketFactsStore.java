package org.faultdesk.dispatch.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.faultdesk.dispatch.domain.EarlyTicketFacts;

/**
 * The per-ticket lock every ticket event takes before it looks at the ticket's work order, and the
 * facts kept for tickets whose work order does not exist yet.
 */
@ApplicationScoped
public class EarlyTicketFactsStore {

    @Inject
    EntityManager entityManager;

    /**
     * Serialises the handlers of one ticket's events until the end of the transaction: an opening
     * and a resolution read at once on two topics cannot both miss each other (the opening seeing no
     * end, the resolution no work order). A transaction-scoped advisory lock: no row needed for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockTicket(String ticketId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:ticketId, 0))")
                .setParameter("ticketId", ticketId)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EarlyTicketFacts> find(String ticketId) {
        return Optional.ofNullable(entityManager.find(EarlyTicketFacts.class, ticketId));
    }

    /** The ticket's facts, created empty when nothing was heard yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EarlyTicketFacts findOrCreate(String ticketId, Instant now) {
        return find(ticketId).orElseGet(() -> {
            EarlyTicketFacts facts = new EarlyTicketFacts();
            facts.ticketId = ticketId;
            facts.recordedAt = now;
            entityManager.persist(facts);
            return facts;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(EarlyTicketFacts facts) {
        entityManager.remove(facts);
    }
}
