package org.faultdesk.notification.domain;

import java.util.Optional;
import org.faultdesk.events.EscalationRole;

/**
 * Who stands in when no one holds a role: one level up (seed 001: 值班经理 → 营业厅经理 → 上级;
 * seed 000: city → province → headquarters). The two centres report to province operations.
 */
public final class EscalationLadder {

    private EscalationLadder() {
    }

    /** The role one level above {@code role}, or empty at the top. */
    public static Optional<EscalationRole> above(EscalationRole role) {
        return Optional.ofNullable(switch (role) {
            case TEAM_LEAD -> EscalationRole.DUTY_MANAGER;
            case DUTY_MANAGER -> EscalationRole.AREA_MANAGER;
            case AREA_MANAGER, CUSTOMER_SERVICE_CENTRE, CONTROL_CENTRE -> EscalationRole.PROVINCE_OPERATIONS;
            case PROVINCE_OPERATIONS -> EscalationRole.HEADQUARTERS;
            case HEADQUARTERS -> null;
        });
    }
}
