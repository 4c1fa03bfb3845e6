package org.faultdesk.ticket.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultdesk.ticket.domain.Ticket;

/**
 * What the ticket tables need beyond Panache: the ticket-number sequence, the create claims that
 * make retries idempotent, loading a ticket locked for a change, and the list's search.
 */
@ApplicationScoped
public class TicketStore {

    /** Who already claimed a create key, with the fingerprint of the request that did. */
    public record Claim(String ticketId, String fingerprint) {
    }

    @Inject
    EntityManager entityManager;

    public long nextTicketNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('ticket_number_seq')").getSingleResult()).longValue();
    }

    /**
     * Claims a create key for a ticket; false when another request holds it. Racing claims
     * serialise on the primary key: the later one waits for the earlier transaction and then
     * finds its row (or takes the key if that transaction rolled back).
     */
    public boolean claim(String claimKey, String ticketId, String fingerprint) {
        return entityManager.createNativeQuery("""
                        insert into ticket_create_claim (claim_key, ticket_id, request_fingerprint)
                        values (:key, :ticketId, :fingerprint) on conflict do nothing""")
                .setParameter("key", claimKey)
                .setParameter("ticketId", ticketId)
                .setParameter("fingerprint", fingerprint)
                .executeUpdate() == 1;
    }

    public Claim claimOf(String claimKey) {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select ticket_id, request_fingerprint from ticket_create_claim where claim_key = :key")
                .setParameter("key", claimKey)
                .getSingleResult();
        return new Claim((String) row[0], (String) row[1]);
    }

    /** The ticket, locked until the end of the transaction so concurrent changes apply one after the other. */
    public Optional<Ticket> findForUpdate(String ticketId) {
        List<Ticket> found = entityManager.createQuery("from Ticket where id = :id", Ticket.class)
                .setParameter("id", ticketId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.stream().findFirst();
    }

    /** One page of the tickets within the scope that a search matches, and how many match in all. */
    public Page search(TicketSearch search, TicketScope scope) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String inScope = scope.condition(params);
        if (inScope != null) {
            conditions.add(inScope);
        }
        for (TicketSearch.Condition condition : search.conditions()) {
            // Attributes come from TicketQuery's fixed table, never from the request; values are parameters.
            String parameter = "p" + params.size();
            if (condition.operator() == TicketSearch.Operator.IN) {
                conditions.add(condition.attribute() + " in :" + parameter);
                params.put(parameter, condition.values());
            } else {
                conditions.add(condition.attribute() + " " + condition.operator().jpql() + " :" + parameter);
                params.put(parameter, condition.values().get(0));
            }
        }
        var query = Ticket.<Ticket>find(String.join(" and ", conditions), search.sort(), params);
        long total = query.count();
        List<Ticket> page = query.range(search.offset(), search.offset() + search.limit() - 1).list();
        return new Page(page, total);
    }

    /** One page of matching tickets and how many match in all. */
    public record Page(List<Ticket> tickets, long total) {
    }
}
