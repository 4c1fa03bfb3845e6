package org.faultdesk.sla.api;

import java.util.List;
import java.util.Map;
import org.faultdesk.sla.domain.EscalationStage;

/**
 * The SLA rules in force: restore policies, response policies and the events that prove their
 * milestones, escalation ladders (per tier, and {@code response:<milestone>}), the calendar's time zone.
 */
public record PoliciesView(List<Policy> restorePolicies, List<ResponsePolicy> responsePolicies,
                           List<MilestoneProof> milestoneProofs, Map<String, List<EscalationStage>> escalationLadders,
                           String calendarZone, int calendarOverrides) {

    /** One response-policy row: the milestone it promises, its pause rule, and its terms as a restore row's. */
    public record ResponsePolicy(String milestone, String pause, Policy terms) {
    }

    /** Events of {@code topic} matching {@code condition} (empty: all) prove {@code milestone} ("*": every one). */
    public record MilestoneProof(String milestone, String topic, String condition) {
    }

    /** One restore-policy row; null matchers mean "any". */
    public record Policy(String key, String kind, String serviceType, String faultScope, String locality, String tier,
                         String allowance, String limit, String source, String provenance, boolean fallback) {
    }
}
