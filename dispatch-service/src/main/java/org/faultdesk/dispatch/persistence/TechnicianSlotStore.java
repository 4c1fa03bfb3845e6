package org.faultdesk.dispatch.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The database side of "a technician never holds more than allowed, a work order is held once":
 * guarded updates that take the technician's row lock, backed by the check constraint on
 * {@code technician.open_orders} and the unique live assignment per work order.
 */
@ApplicationScoped
public class TechnicianSlotStore {

    @Inject
    EntityManager entityManager;

    /**
     * Takes one slot of the technician for the work order; false when another dispatcher filled
     * the last slot first or the technician went off duty meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String technicianId, String workOrderId, int assignment, Instant now) {
        int taken = entityManager.createNativeQuery("""
                        update technician set open_orders = open_orders + 1, last_assigned_at = :now
                        where id = :id and on_duty and open_orders < max_open_orders""")
                .setParameter("now", now)
                .setParameter("id", technicianId)
                .executeUpdate();
        if (taken == 0) {
            return false;
        }
        entityManager.createNativeQuery("""
                        insert into assignment (work_order_id, assignment, technician_id, assigned_at)
                        values (:order, :assignment, :technician, :now)""")
                .setParameter("order", workOrderId)
                .setParameter("assignment", assignment)
                .setParameter("technician", technicianId)
                .setParameter("now", now)
                .executeUpdate();
        return true;
    }

    /** Gives the slot back and ends the live assignment, saying why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String technicianId, String workOrderId, String endedBy, Instant now) {
        entityManager.createNativeQuery("update technician set open_orders = open_orders - 1 where id = :id")
                .setParameter("id", technicianId)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        update assignment set ended_at = :now, ended_by = :endedBy
                        where work_order_id = :order and ended_at is null""")
                .setParameter("now", now)
                .setParameter("endedBy", endedBy)
                .setParameter("order", workOrderId)
                .executeUpdate();
    }
}
