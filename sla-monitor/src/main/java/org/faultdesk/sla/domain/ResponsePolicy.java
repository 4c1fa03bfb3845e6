package org.faultdesk.sla.domain;

import java.util.Objects;

/**
 * One row of the response-deadline table: a promise that a milestone (a work order created, the
 * complaint's first reply, the visit booked) is reached within an allowance counted from the
 * ticket's opening.
 *
 * @param milestone what must happen, as named in the milestone file ({@link MilestoneProofs})
 * @param pause     whether the clock stops counting while the ticket waits on the customer
 * @param terms     which tickets the row covers, the allowance and where the figure comes from,
 *                  exactly as a restore policy row gives them
 */
public record ResponsePolicy(String milestone, Pause pause, RestorePolicy terms) {

    /** The pause rule of a response clock. */
    public enum Pause {
        /** Waiting on the customer ({@code pending}) stops the count, as it does for the restore clock. */
        PAUSES_WHILE_PENDING,
        /** The promise runs whatever the customer does (a reply is owed to them all the same). */
        RUNS_THROUGH
    }

    public ResponsePolicy {
        if (Objects.requireNonNull(milestone, "milestone").isBlank() || milestone.equals("*")
                || milestone.equals(org.faultdesk.events.SlaClocks.RESTORE)) {
            throw new IllegalArgumentException("a response policy names one milestone (not '*' or 'restore'), got '"
                    + milestone + "'");
        }
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(terms, "terms");
    }

    public String key() {
        return terms.key();
    }
}
