package org.faultdesk.sla.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The business calendar in force: which years have a public-holiday schedule, from where, and which lack one. */
public record CalendarView(String zone, List<YearSummary> years, List<Integer> yearsWithoutSchedule) {

    /**
     * One year's schedule: its source, its counts, and who loaded it through the API ({@code null}
     * for one bundled with the release or read from the operator's file).
     */
    public record YearSummary(int year, String source, long holidays, long makeUpWorkingDays, String loadedBy,
                              Instant loadedAt) {
    }

    /**
     * One year's schedule with its dates; after a load, also how many open clocks had their
     * working-day deadline counted again with it.
     */
    public record Schedule(int year, String source, String loadedBy, Instant loadedAt, List<Day> days,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer recomputedClocks) {
    }

    public record Day(LocalDate date, boolean working, String name) {
    }
}
