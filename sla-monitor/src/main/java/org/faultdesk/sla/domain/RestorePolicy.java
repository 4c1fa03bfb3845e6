package org.faultdesk.sla.domain;

import java.time.Instant;
import java.util.Objects;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;

/**
 * One row of the restore-deadline table: which tickets it covers (a null matcher means "any") and
 * the time it allows.
 *
 * @param limit  an outer bound reported with the policy (home broadband: the seed's "at most"
 *               figure, while {@code allowance} is its average commitment); null when none
 * @param source     {@link Source#SEED} when the figure is in the seed documents, {@link Source#BRIEF}
 *                   when the domain brief gives it where the seed's text is incomplete,
 *                   {@link Source#DEFAULT} when it is our own choice where both are silent
 * @param provenance where exactly: the seed file and lines, or why the default
 */
public record RestorePolicy(
        String key,
        TicketKind kind,
        ServiceType serviceType,
        FaultScope faultScope,
        Locality locality,
        CustomerTier tier,
        Allowance allowance,
        Allowance limit,
        Source source,
        String provenance) {

    /** Where a policy's figure comes from. */
    public enum Source { SEED, BRIEF, DEFAULT }

    public RestorePolicy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Whether this row covers the classification. */
    public boolean covers(TicketClassification c) {
        return (kind == null || kind == c.kind())
                && (serviceType == null || serviceType == c.serviceType())
                && (faultScope == null || faultScope == c.faultScope())
                && (locality == null || locality == c.locality())
                && (tier == null || tier == c.customerTier());
    }

    /** How many matchers are set: the most specific covering row wins. */
    public int specificity() {
        int set = 0;
        for (Object matcher : new Object[] {kind, serviceType, faultScope, locality, tier}) {
            if (matcher != null) {
                set++;
            }
        }
        return set;
    }

    /** The restore deadline for a clock started at {@code start}, before any pause. */
    public Instant deadlineFrom(Instant start, BusinessCalendar calendar) {
        return Allowances.deadline(allowance, start, calendar);
    }
}
