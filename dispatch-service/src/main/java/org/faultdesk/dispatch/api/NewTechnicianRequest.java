package org.faultdesk.dispatch.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.faultdesk.dispatch.domain.Technician;
import org.faultdesk.dispatch.domain.WeeklySchedule;
import org.faultdesk.events.ServiceType;
import org.faultdesk.support.problem.Problem;
import org.faultdesk.support.problem.ProblemException;

/**
 * A technician to register.
 *
 * @param shiftSchedule weekly shifts in Asia/Shanghai time, e.g. {@code "MON-FRI 08:00-20:00;SAT 09:00-13:00"}
 * @param onDuty        true when omitted
 */
public record NewTechnicianRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*") String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String maintenanceCompany,
        @NotNull Boolean outsourced,
        @NotBlank @Size(max = 60) String teamId,
        @NotEmpty @Size(max = 30) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]+") String> areaCodes,
        @NotEmpty List<@NotNull ServiceType> skills,
        @NotBlank @Size(max = 1000) String shiftSchedule,
        @Min(1) @Max(50) int maxOpenOrders,
        Boolean onDuty) {

    Technician toTechnician() {
        Technician t = new Technician();
        t.id = id;
        t.name = name;
        t.maintenanceCompany = maintenanceCompany;
        t.outsourced = outsourced;
        t.teamId = teamId;
        t.areaCodes = Technician.join(new LinkedHashSet<>(areaCodes));
        t.skills = Technician.join(new LinkedHashSet<>(skills));
        t.shiftSchedule = schedule().text();
        t.maxOpenOrders = maxOpenOrders;
        t.onDuty = onDuty == null || onDuty;
        return t;
    }

    private WeeklySchedule schedule() {
        try {
            return WeeklySchedule.parse(shiftSchedule);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(400, "invalid-field", "Invalid field",
                            "field 'shiftSchedule': " + e.getMessage())
                    .withErrors(List.of(new Problem.FieldError("shiftSchedule", e.getMessage()))));
        }
    }
}
