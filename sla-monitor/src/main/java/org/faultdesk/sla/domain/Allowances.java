package org.faultdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;
import org.faultdesk.events.Allowance;

/** Turns an allowance into a deadline: hours and minutes on the wall clock, working days on the calendar. */
public final class Allowances {

    private Allowances() {
    }

    public static Instant deadline(Allowance allowance, Instant start, BusinessCalendar calendar) {
        return switch (allowance.unit()) {
            case HOURS -> start.plus(Duration.ofHours(allowance.amount()));
            case MINUTES -> start.plus(Duration.ofMinutes(allowance.amount()));
            case WORKING_DAYS -> calendar.addWorkingDays(start, (int) allowance.amount());
        };
    }

    /** "24 HOURS", "2 WORKING_DAYS": how the policies file and the REST view write an allowance. */
    public static String describe(Allowance allowance) {
        return allowance == null ? null : allowance.amount() + " " + allowance.unit();
    }
}
