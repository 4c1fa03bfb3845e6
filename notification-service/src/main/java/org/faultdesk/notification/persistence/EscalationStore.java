package org.faultdesk.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.faultdesk.notification.domain.Escalation;

/** The escalations whose critical alerts are repeated until acknowledged. */
@ApplicationScoped
public class EscalationStore {

    @Inject
    EntityManager entityManager;

    /** Up to {@code limit} escalations whose repetition is due, locked (skipping those another worker holds). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> lockDueRepeats(Instant now, int limit) {
        return entityManager.createNativeQuery("""
                        select event_id from escalation
                        where next_repeat_at <= :now and acknowledged_at is null
                        order by next_repeat_at limit :limit
                        for update skip locked""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** No escalation of the ticket is repeated any more; returns how many were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int stopRepeats(String ticketId) {
        return entityManager.createQuery(
                        "update Escalation set nextRepeatAt = null where ticketId = :ticketId and nextRepeatAt is not null")
                .setParameter("ticketId", ticketId)
                .executeUpdate();
    }

    /** The ticket's escalations, oldest first. */
    public List<Escalation> forTicket(String ticketId) {
        return entityManager.createQuery("from Escalation where ticketId = :ticketId order by raisedAt", Escalation.class)
                .setParameter("ticketId", ticketId)
                .getResultList();
    }
}
