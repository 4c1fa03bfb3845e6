package org.faultdesk.dispatch.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.faultdesk.dispatch.domain.WorkOrder;

/**
 * Work orders taken for a change with {@code FOR UPDATE SKIP LOCKED}, so that several dispatchers
 * (threads or instances) share the queue and never handle one order twice; and the queue's counts.
 */
@ApplicationScoped
public class WorkOrderStore {

    @Inject
    EntityManager entityManager;

    /** The work order, locked, if it is still waiting and no other dispatcher holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<WorkOrder> lockIfWaiting(String workOrderId) {
        List<WorkOrder> locked = entityManager.createNativeQuery("""
                        select * from work_order where id = :id and status = 'WAITING'
                        for update skip locked""", WorkOrder.class)
                .setParameter("id", workOrderId)
                .getResultList();
        return locked.stream().findFirst();
    }

    /** Up to {@code limit} orders assigned at or before {@code cutoff} and still not accepted, locked, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<WorkOrder> lockUnanswered(Instant cutoff, int limit) {
        return entityManager.createNativeQuery("""
                        select * from work_order where status = 'ASSIGNED' and assigned_at <= :cutoff
                        order by assigned_at limit :limit for update skip locked""", WorkOrder.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The ticket's work order (a ticket has at most one), locked until the end of the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkOrder> lockForTicket(String ticketId) {
        return entityManager.createQuery("from WorkOrder where ticketId = :ticketId", WorkOrder.class)
                .setParameter("ticketId", ticketId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public boolean existsForTicket(String ticketId) {
        return entityManager.createQuery("select count(*) from WorkOrder where ticketId = :ticketId", Long.class)
                .setParameter("ticketId", ticketId)
                .getSingleResult() > 0;
    }

    /** Orders in the queue, no technician holds them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countWaiting() {
        return count("status = 'WAITING'");
    }

    /** Orders held by a technician, from assignment to completion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countHeld() {
        return count("status not in ('WAITING', 'COMPLETED', 'CANCELLED')");
    }

    private long count(String condition) {
        return ((Number) entityManager.createNativeQuery("select count(*) from work_order where " + condition)
                .getSingleResult()).longValue();
    }
}
