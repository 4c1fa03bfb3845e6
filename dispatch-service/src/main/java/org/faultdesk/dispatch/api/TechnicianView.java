package org.faultdesk.dispatch.api;

import java.util.List;
import org.faultdesk.dispatch.domain.Technician;

/** A technician as the registry shows them. */
public record TechnicianView(
        String id,
        String name,
        String maintenanceCompany,
        boolean outsourced,
        String teamId,
        List<String> areaCodes,
        List<String> skills,
        String shiftSchedule,
        int maxOpenOrders,
        int openOrders,
        boolean onDuty) {

    static TechnicianView of(Technician t) {
        return new TechnicianView(t.id, t.name, t.maintenanceCompany, t.outsourced, t.teamId,
                List.copyOf(t.areaCodeSet()), t.skillSet().stream().map(Enum::name).toList(), t.shiftSchedule,
                t.maxOpenOrders, t.openOrders, t.onDuty);
    }
}
