package org.faultdesk.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.faultdesk.sla.app.ClockKeeper;
import org.faultdesk.sla.app.SlaRules;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.faultdesk.sla.persistence.CalendarYearRow;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;

/**
 * The business calendar working-day deadlines are counted by: the public-holiday schedule of each
 * year, with its source; an administrator loads next year's as a file, without a release.
 */
@Path("/sla/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** Years a schedule may be loaded for: a typo of a century is refused, not stored. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Inject
    SlaRules rules;

    @Inject
    Caller caller;

    @Inject
    ClockKeeper clocks;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(summary = "The calendar in force",
            description = "Each year's schedule with its source and counts; yearsWithoutSchedule names this year and "
                    + "next if either has none (their holidays would be counted as working days).")
    public CalendarView calendar() {
        BusinessCalendar calendar = rules.calendar();
        Map<Integer, CalendarYearRow> loaded = rules.loadedCalendarYears();
        List<CalendarView.YearSummary> years = calendar.years().values().stream()
                .map(year -> new CalendarView.YearSummary(year.year(), year.source(), year.holidays(),
                        year.makeUpWorkingDays(), loadedBy(loaded, year.year()), loadedAt(loaded, year.year())))
                .toList();
        int thisYear = clock.instant().atZone(calendar.zone()).getYear();
        List<Integer> missing = List.of(thisYear, thisYear + 1).stream()
                .filter(year -> !calendar.years().containsKey(year)).toList();
        return new CalendarView(calendar.zone().getId(), years, missing);
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    @Operation(summary = "One year's schedule", description = "404 when the year has none: only weekends are off in it.")
    public CalendarView.Schedule year(@PathParam("year") String year) {
        int number = year(year, false);
        BusinessCalendar.Year schedule = rules.calendar().years().get(number);
        if (schedule == null) {
            throw new ProblemException(404, "no-calendar-year", "No schedule for this year",
                    "no public-holiday schedule is loaded for " + number + ": only weekends are off in it");
        }
        return schedule(schedule, rules.loadedCalendarYears(), null);
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Load a year's schedule",
            description = "The file as the bundled ones: a '# source:' line, then date,HOLIDAY|WORKDAY,name per line, "
                    + "every date in that year. In force on this instance at once, on the others within a minute; "
                    + "it replaces the bundled schedule of that year. The open clocks whose working-day deadline "
                    + "spans the year are counted again (recomputedClocks).")
    public CalendarView.Schedule load(@PathParam("year") String year, String file) {
        int number = year(year, true);
        if (file == null || file.isBlank()) {
            throw invalid("the body must be the year's schedule as a CSV file");
        }
        try {
            rules.loadCalendarYear(number, file, caller.name());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        int recomputed = clocks.recomputeWorkingDayDeadlinesIn(number);
        return schedule(rules.calendar().years().get(number), rules.loadedCalendarYears(), recomputed);
    }

    private static int year(String text, boolean loading) {
        try {
            int year = Integer.parseInt(text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(loading ? 400 : 404, "invalid-year", "Invalid year",
                "a year is " + FIRST_YEAR + " to " + LAST_YEAR + ", was '" + text + "'");
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "invalid-calendar", "Invalid calendar", detail);
    }

    private static CalendarView.Schedule schedule(BusinessCalendar.Year year, Map<Integer, CalendarYearRow> loaded,
                                                  Integer recomputedClocks) {
        return new CalendarView.Schedule(year.year(), year.source(), loadedBy(loaded, year.year()),
                loadedAt(loaded, year.year()),
                year.days().stream().map(day -> new CalendarView.Day(day.date(), day.working(), day.name())).toList(),
                recomputedClocks);
    }

    private static String loadedBy(Map<Integer, CalendarYearRow> loaded, int year) {
        CalendarYearRow row = loaded.get(year);
        return row == null ? null : row.loadedBy;
    }

    private static Instant loadedAt(Map<Integer, CalendarYearRow> loaded, int year) {
        CalendarYearRow row = loaded.get(year);
        return row == null ? null : row.loadedAt;
    }
}
