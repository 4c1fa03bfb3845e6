package org.faultdesk.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Customers are not woken for news that can wait: a non-urgent notice falling between
 * {@code start} and {@code end} (local time, e.g. 21:00–08:00) is held until {@code end}.
 */
public record QuietHours(boolean enabled, LocalTime start, LocalTime end, ZoneId zone) {

    /** When a non-urgent notice created at {@code at} may go out: {@code at} itself outside quiet hours. */
    public Instant releaseAt(Instant at) {
        if (!enabled || start.equals(end)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean quiet = start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
        if (!quiet) {
            return at;
        }
        ZonedDateTime release = local.with(end).withSecond(0).withNano(0);
        if (!time.isBefore(end)) {
            release = release.plusDays(1); // evening: release tomorrow morning
        }
        return release.toInstant();
    }
}
