package org.faultdesk.sla.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Restore-deadline compliance of the tickets resolved in a period, and response-deadline compliance
 * of the milestones reached in it (the seeds' monthly fault
 * statistics, 故障统计月报表), grouped by customer tier, service type and area.
 *
 * @param from first day of the period (inclusive), in the calendar's time zone
 * @param to   day after the period (exclusive)
 */
public record ComplianceView(LocalDate from, LocalDate to, String zone, Group total, List<Group> groups,
                             List<ResponseClock> responseClocks) {

    /**
     * The same figures for one response milestone: {@code tickets} whose milestone was reached in
     * the period, the share reached within the deadline, the time it took.
     */
    public record ResponseClock(String clock, Group total, List<Group> groups) {
    }

    /**
     * @param metShare share of tickets restored within their deadline, 0..1
     */
    public record Group(String customerTier, String serviceType, String areaCode, long tickets, double metShare,
                        Duration meanTimeToRestore, Duration p90TimeToRestore, long breaches) {
    }
}
