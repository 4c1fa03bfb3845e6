package org.faultdesk.dispatch.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The default dispatch policy.
 *
 * <p>Eligible: on duty, covering the job's area (网格), skilled in its service type, on shift now
 * (Asia/Shanghai), with room under their maximum of open work orders, and not one who already
 * declined or let this job time out.
 *
 * <p>Scoring, best first:
 * <ol>
 *   <li>fewest open work orders: spreads the load, so the job is started soonest;</li>
 *   <li>in-house before outsourced (代维): the operator's own staff are already paid for, while
 *       outsourced companies bill per job, and escalations stay inside the operator;</li>
 *   <li>longest idle (earliest last assignment, never-assigned first): fairness between equals;</li>
 *   <li>technician id: a stable order, so two instances rank the same way.</li>
 * </ol>
 */
public final class FewestOpenOrdersPolicy implements DispatchPolicy {

    static final Comparator<TechnicianProfile> BEST_FIRST = Comparator
            .comparingInt(TechnicianProfile::openOrders)
            .thenComparing(TechnicianProfile::outsourced)
            .thenComparing(TechnicianProfile::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TechnicianProfile::id);

    @Override
    public List<TechnicianProfile> rank(FieldJob job, List<TechnicianProfile> technicians, Instant now) {
        return technicians.stream()
                .filter(t -> eligible(job, t, now))
                .sorted(BEST_FIRST)
                .toList();
    }

    /** Whether the technician may take the job at {@code now}. */
    public static boolean eligible(FieldJob job, TechnicianProfile t, Instant now) {
        return t.onDuty()
                && t.areaCodes().contains(job.areaCode())
                && t.skills().contains(job.serviceType())
                && t.hasRoom()
                && !job.excludedTechnicians().contains(t.id())
                && t.schedule().onShiftAt(now);
    }
}
