package org.faultdesk.dispatch.domain;

import java.time.Instant;
import java.util.Set;
import org.faultdesk.events.ServiceType;

/**
 * A technician as the dispatch policy sees them at one moment.
 *
 * @param lastAssignedAt when they last received a work order; null if never
 */
public record TechnicianProfile(
        String id,
        boolean outsourced,
        Set<String> areaCodes,
        Set<ServiceType> skills,
        WeeklySchedule schedule,
        boolean onDuty,
        int openOrders,
        int maxOpenOrders,
        Instant lastAssignedAt) {

    public boolean hasRoom() {
        return openOrders < maxOpenOrders;
    }
}
