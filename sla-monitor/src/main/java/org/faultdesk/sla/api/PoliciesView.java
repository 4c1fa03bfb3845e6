package org.faultdesk.sla.api;

import java.util.List;
import java.util.Map;
import org.faultdesk.sla.domain.EscalationStage;

/** The SLA rules in force: restore policies, escalation ladders per tier, the calendar's time zone. */
public record PoliciesView(List<Policy> restorePolicies, Map<String, List<EscalationStage>> escalationLadders,
                           String calendarZone, int calendarOverrides) {

    /** One restore-policy row; null matchers mean "any". */
    public record Policy(String key, String kind, String serviceType, String faultScope, String locality, String tier,
                         String allowance, String limit, String source, String provenance, boolean fallback) {
    }
}
