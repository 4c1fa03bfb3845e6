package org.faultdesk.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.faultdesk.events.EscalationRole;

/**
 * One line of the on-call roster: a person holds a role for an area every day from {@code startsAt}
 * to {@code endsAt} (local time), optionally only between two dates.
 *
 * @param areaCode an area ("GZ-TIANHE-03"), a city prefix ("GZ") covering its areas, or "*" for all
 * @param teamId   for team leads, the crew they lead; null otherwise
 * @param endsAt   at or before {@code startsAt} means the shift runs past midnight; equal means all day
 */
public record Shift(
        long id,
        String personId,
        EscalationRole role,
        String areaCode,
        String teamId,
        LocalTime startsAt,
        LocalTime endsAt,
        LocalDate validFrom,
        LocalDate validUntil) {

    public static final String EVERY_AREA = "*";

    /** Whether the shift is being worked at {@code at}, read in the roster's time zone. */
    public boolean covers(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate shiftDay = local.toLocalDate();
        boolean inWindow;
        if (startsAt.equals(endsAt)) {
            inWindow = true;
        } else if (startsAt.isBefore(endsAt)) {
            inWindow = !time.isBefore(startsAt) && time.isBefore(endsAt);
        } else {
            inWindow = !time.isBefore(startsAt) || time.isBefore(endsAt);
            if (time.isBefore(endsAt)) {
                shiftDay = shiftDay.minusDays(1); // the small hours belong to the shift that began yesterday
            }
        }
        return inWindow
                && (validFrom == null || !shiftDay.isBefore(validFrom))
                && (validUntil == null || !shiftDay.isAfter(validUntil));
    }

    /**
     * How closely the shift's area matches the ticket's: 3 for the same area, 2 for the city
     * prefix, 1 for every area, 0 for no match. The most specific holder wins.
     */
    public int areaMatch(String ticketArea) {
        if (areaCode.equals(ticketArea)) {
            return 3;
        }
        if (ticketArea != null && ticketArea.startsWith(areaCode + "-")) {
            return 2;
        }
        return EVERY_AREA.equals(areaCode) ? 1 : 0;
    }
}
