package org.faultdesk.dispatch.domain;

import java.util.Comparator;
import java.util.Map;
import org.faultdesk.events.CustomerTier;

/**
 * The order in which waiting work orders are served: the earliest restore deadline first; on the
 * same deadline the higher customer tier; then the one opened first; then the id, so that every
 * instance serves the queue in the same order.
 */
public final class UrgencyOrder {

    /**
     * Enterprise and individual tiers side by side: AAA with supreme, AA with diamond, A with
     * gold, then silver, then ordinary customers.
     */
    private static final Map<CustomerTier, Integer> TIER_RANK = Map.of(
            CustomerTier.AAA, 0, CustomerTier.SUPREME, 0,
            CustomerTier.AA, 1, CustomerTier.DIAMOND, 1,
            CustomerTier.A, 2, CustomerTier.GOLD, 2,
            CustomerTier.SILVER, 3,
            CustomerTier.ORDINARY, 4);

    public static final Comparator<QueuedWorkOrder> MOST_URGENT_FIRST = Comparator
            .comparing(QueuedWorkOrder::restoreDeadline)
            .thenComparing(order -> tierRank(order.customerTier()))
            .thenComparing(QueuedWorkOrder::openedAt)
            .thenComparing(QueuedWorkOrder::workOrderId);

    private UrgencyOrder() {
    }

    /** 0 for the highest tiers, larger for lower ones. */
    public static int tierRank(CustomerTier tier) {
        return TIER_RANK.get(tier);
    }
}
