package org.faultdesk.dispatch.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.faultdesk.events.ServiceType;

/** A field technician (装维人员), in-house or of an outsourced maintenance company (代维). */
@Entity
@Table(name = "technician")
public class Technician extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "maintenance_company", nullable = false)
    public String maintenanceCompany;

    @Column(nullable = false)
    public boolean outsourced;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "area_codes", nullable = false)
    public String areaCodes;

    @Column(nullable = false)
    public String skills;

    @Column(name = "shift_schedule", nullable = false)
    public String shiftSchedule;

    @Column(name = "max_open_orders", nullable = false)
    public int maxOpenOrders;

    /** Maintained by the dispatcher's guarded updates only, never by a flush of this entity. */
    @Column(name = "open_orders", nullable = false, insertable = false, updatable = false)
    public int openOrders;

    @Column(name = "on_duty", nullable = false)
    public boolean onDuty;

    @Column(name = "last_assigned_at", insertable = false, updatable = false)
    public Instant lastAssignedAt;

    public Set<String> areaCodeSet() {
        return split(areaCodes);
    }

    public Set<ServiceType> skillSet() {
        return split(skills).stream().map(ServiceType::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public TechnicianProfile profile() {
        return new TechnicianProfile(id, outsourced, areaCodeSet(), skillSet(), WeeklySchedule.parse(shiftSchedule),
                onDuty, openOrders, maxOpenOrders, lastAssignedAt);
    }

    public static String join(Set<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
