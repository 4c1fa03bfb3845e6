package org.faultdesk.events;

/**
 * Everything about a ticket that decides its restore deadline, its dispatch and its escalation
 * route. Carried whole on opening and on every update, so consumers never need earlier events.
 *
 * @param areaCode the maintenance area (网格) the premises belong to; dispatch and escalation
 *                 routing are per area
 * @param priority 1 (most urgent) to 4, as set by the call centre
 */
public record TicketClassification(
        TicketKind kind,
        ServiceType serviceType,
        CustomerTier customerTier,
        Severity severity,
        int priority,
        FaultScope faultScope,
        Locality locality,
        String areaCode) {

    public TicketClassification {
        Require.present(kind, "kind");
        Require.present(serviceType, "serviceType");
        Require.present(customerTier, "customerTier");
        Require.present(severity, "severity");
        if (priority < 1 || priority > 4) {
            throw new IllegalArgumentException("field 'priority' must be 1 to 4, was " + priority);
        }
        Require.present(faultScope, "faultScope");
        Require.present(locality, "locality");
        Require.text(areaCode, "areaCode");
    }
}
