package org.faultdesk.dispatch.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Seed 003 (上门礼仪): with no answer at the door for 10 minutes and the customer unreachable, the
 * technician leaves a note and books again. Before the 10 minutes are up, "absent" is refused.
 */
public final class DoorstepRule {

    public static final Duration WAIT_AT_DOOR = Duration.ofMinutes(10);

    private DoorstepRule() {
    }

    public static void checkCustomerAbsent(Instant arrivedAt, Instant now) {
        Instant earliest = arrivedAt.plus(WAIT_AT_DOOR);
        if (now.isBefore(earliest)) {
            long seconds = Duration.between(now, earliest).toSeconds();
            throw new WorkOrderRuleViolation("customer-absent-too-early", "Wait 10 minutes at the door",
                    "arrived at " + arrivedAt + ": the customer can be reported absent after 10 minutes at the door, "
                            + "from " + earliest + " (" + seconds + " s from now)");
        }
    }
}
