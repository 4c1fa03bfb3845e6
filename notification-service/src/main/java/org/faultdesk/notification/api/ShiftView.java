package org.faultdesk.notification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.notification.domain.OnCallShift;

/**
 * A line of the on-call roster: {@code personId} holds {@code role} for {@code areaCode} (an area, a
 * city prefix like "GZ", or "*") daily from {@code startsAt} to {@code endsAt}, Asia/Shanghai time.
 */
public record ShiftView(
        Long id,
        @NotBlank String personId,
        @NotNull EscalationRole role,
        @NotBlank @Size(max = 64) String areaCode,
        @Size(max = 64) String teamId,
        @NotNull LocalTime startsAt,
        @NotNull LocalTime endsAt,
        LocalDate validFrom,
        LocalDate validUntil) {

    static ShiftView of(OnCallShift shift) {
        return new ShiftView(shift.id, shift.personId, shift.role, shift.areaCode, shift.teamId, shift.startsAt,
                shift.endsAt, shift.validFrom, shift.validUntil);
    }
}
