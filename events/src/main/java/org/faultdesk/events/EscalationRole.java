package org.faultdesk.events;

/**
 * Who an escalation or warning is for, lowest first (seed 001: 值班经理 → 营业厅经理 → 上级; seed 000:
 * headquarters → province → city).
 */
public enum EscalationRole {
    TEAM_LEAD,
    DUTY_MANAGER,
    AREA_MANAGER,
    CUSTOMER_SERVICE_CENTRE,
    CONTROL_CENTRE,
    PROVINCE_OPERATIONS,
    HEADQUARTERS
}
