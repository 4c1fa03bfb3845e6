package org.faultdesk.platform.simulator;

/**
 * A maintenance area (网格) the demo's tickets come from. The code follows the operators' grid
 * naming that dispatch and the on-call roster match on: city, district, grid number; the city
 * prefix ({@code GZ}) is what the roster's city lines cover.
 *
 * @param telephoneAreaCode the city's long-distance code (区号), as call-centre agents know the city
 * @param staffing          what the demo data gives the area, so the viewer knows what to expect
 */
public record DemoArea(String code, String city, String telephoneAreaCode, Staffing staffing) {

    /** How well the demo staffs an area: the mix sends tickets to each kind on purpose. */
    public enum Staffing {
        /** Technicians of dispatch's demo migration (ADR 0031) cover it. */
        STAFFED,
        /** One technician who holds one work order at a time: a queue forms and deadlines are missed. */
        SHORT,
        /** Nobody: the ticket waits for a technician and climbs the escalation ladder. */
        NONE
    }
}
