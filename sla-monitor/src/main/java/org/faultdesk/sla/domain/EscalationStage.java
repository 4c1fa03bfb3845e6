package org.faultdesk.sla.domain;

import java.util.List;
import org.faultdesk.events.EscalationRole;

/**
 * One step of an escalation ladder.
 *
 * @param number  position on the ladder, from 1; a clock fires its stages in this order, each once
 * @param percent share of the allowed time after which the stage falls due (100 = the deadline)
 * @param level   escalation level for {@link Kind#ESCALATION} stages (from 1); 0 for warnings
 * @param roles   who is told; one event per role
 */
public record EscalationStage(int number, int percent, Kind kind, int level, List<EscalationRole> roles) {

    /** A warning (deadline at risk) or an escalation (deadline missed). */
    public enum Kind { WARNING, ESCALATION }

    public EscalationStage {
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("stage " + number + " names no role");
        }
        if (percent < 1) {
            throw new IllegalArgumentException("stage " + number + ": percent must be 1 or more");
        }
    }

    /** Escalations from the breach on are critical: they are about a missed deadline. */
    public boolean critical() {
        return kind == Kind.ESCALATION && percent >= 100;
    }
}
