package org.faultdesk.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.faultdesk.events.CustomerTier;
import org.junit.jupiter.api.Test;

class UrgencyOrderTest {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private static List<String> served(QueuedWorkOrder... orders) {
        return Stream.of(orders).sorted(UrgencyOrder.MOST_URGENT_FIRST).map(QueuedWorkOrder::workOrderId).toList();
    }

    @Test
    void earliestRestoreDeadlineFirstNotArrival() {
        QueuedWorkOrder broadbandFirstIn = new QueuedWorkOrder("WO-BB", T0.plusSeconds(24 * 3600), CustomerTier.ORDINARY, T0);
        QueuedWorkOrder leasedLineLater = new QueuedWorkOrder("WO-LL", T0.plusSeconds(600 + 2 * 3600), CustomerTier.AAA,
                T0.plusSeconds(600));
        assertThat(served(broadbandFirstIn, leasedLineLater)).containsExactly("WO-LL", "WO-BB");
    }

    @Test
    void sameDeadlineHigherTierFirst() {
        Instant deadline = T0.plusSeconds(8 * 3600);
        QueuedWorkOrder ordinary = new QueuedWorkOrder("WO-1", deadline, CustomerTier.ORDINARY, T0);
        QueuedWorkOrder gold = new QueuedWorkOrder("WO-2", deadline, CustomerTier.GOLD, T0.plusSeconds(60));
        QueuedWorkOrder aa = new QueuedWorkOrder("WO-3", deadline, CustomerTier.AA, T0.plusSeconds(120));
        assertThat(served(ordinary, gold, aa)).containsExactly("WO-3", "WO-2", "WO-1");
    }

    @Test
    void thenOpenedFirstThenId() {
        Instant deadline = T0.plusSeconds(8 * 3600);
        QueuedWorkOrder later = new QueuedWorkOrder("WO-A", deadline, CustomerTier.A, T0.plusSeconds(60));
        QueuedWorkOrder earlierB = new QueuedWorkOrder("WO-B", deadline, CustomerTier.A, T0);
        QueuedWorkOrder earlierC = new QueuedWorkOrder("WO-C", deadline, CustomerTier.A, T0);
        assertThat(served(later, earlierC, earlierB)).containsExactly("WO-B", "WO-C", "WO-A");
    }

    @Test
    void individualVipTiersRankWithTheEnterpriseTiers() {
        assertThat(UrgencyOrder.tierRank(CustomerTier.SUPREME)).isEqualTo(UrgencyOrder.tierRank(CustomerTier.AAA));
        assertThat(UrgencyOrder.tierRank(CustomerTier.SILVER)).isLessThan(UrgencyOrder.tierRank(CustomerTier.ORDINARY));
        assertThat(UrgencyOrder.tierRank(CustomerTier.A)).isLessThan(UrgencyOrder.tierRank(CustomerTier.SILVER));
    }
}
