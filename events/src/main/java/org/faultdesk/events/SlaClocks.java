package org.faultdesk.events;

/**
 * The names of a ticket's SLA clocks, as the {@code clock} field of the SLA events gives them. A
 * ticket has one restore clock ({@value #RESTORE}: service restored, or the complaint resolved) and
 * one response clock per response milestone its classification has a policy for (sla-monitor's
 * {@code response-policies.csv}: a work order within 10 minutes, a complaint answered within 2
 * working days, …), each named by its milestone. Events written before there were several clocks
 * carry no name: they are the restore clock's.
 */
public final class SlaClocks {

    /** The clock of the restore deadline (业务恢复时限), the one TMF621's expectedResolutionDate shows. */
    public static final String RESTORE = "restore";

    private SlaClocks() {
    }

    /** The clock named, or the restore clock for an event written before clocks were named. */
    public static String orRestore(String clock) {
        return clock == null || clock.isBlank() ? RESTORE : clock;
    }
}
