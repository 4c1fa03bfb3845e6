package org.faultdesk.sla.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working days in one time zone: Monday to Friday, minus public holidays, plus make-up working
 * days (调休) on which China works a Saturday or Sunday to bridge a holiday.
 *
 * <p>The holidays come as one schedule per year ({@link Year}), each with its source: the State
 * Council publishes next year's in November or December. A year without a schedule still counts
 * weekends, but it is not <em>covered</em> ({@link #covers}): whoever computes a working-day
 * deadline in it must say so, since every holiday in it will be counted as a working day.
 *
 * <p>File format (one file per year, CSV, {@code #} comments): a line {@code # source: …} naming
 * where the dates come from, then {@code date,HOLIDAY|WORKDAY,name}, e.g.
 * {@code 2026-10-01,HOLIDAY,National Day} or {@code 2026-10-10,WORKDAY,National Day make-up}.
 * Dates not listed follow the weekday rule.
 */
public final class BusinessCalendar {

    /** China's working days are counted in Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String SOURCE = "# source:";

    /** A date the schedule lists: a holiday, or a weekend day worked to bridge one. */
    public record Day(LocalDate date, boolean working, String name) {
    }

    /** One year's schedule as published, with where it comes from. */
    public record Year(int year, String source, List<Day> days) {

        public Year {
            days = days.stream().sorted(Comparator.comparing(Day::date)).toList();
        }

        public long holidays() {
            return days.stream().filter(day -> !day.working()).count();
        }

        public long makeUpWorkingDays() {
            return days.stream().filter(Day::working).count();
        }
    }

    private final ZoneId zone;
    private final SortedMap<Integer, Year> years;
    private final Map<LocalDate, Day> days;

    /** The calendar of these schedules; two for the same year are an error. */
    public BusinessCalendar(ZoneId zone, Collection<Year> schedules) {
        this.zone = zone;
        SortedMap<Integer, Year> byYear = new TreeMap<>();
        Map<LocalDate, Day> byDate = new HashMap<>();
        for (Year schedule : schedules) {
            if (byYear.put(schedule.year(), schedule) != null) {
                throw new IllegalArgumentException("two schedules for " + schedule.year());
            }
            schedule.days().forEach(day -> byDate.put(day.date(), day));
        }
        this.years = byYear;
        this.days = Map.copyOf(byDate);
    }

    /** Weekends only: the calendar when no schedule is installed. */
    public static BusinessCalendar weekendsOnly() {
        return new BusinessCalendar(CHINA, List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Day listed = days.get(date);
        if (listed != null) {
            return listed.working();
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether {@code date}'s year has a published schedule: outside one, holidays count as working days. */
    public boolean covers(LocalDate date) {
        return years.containsKey(date.getYear());
    }

    /** The years from {@code start} to {@code end} (instants, in this calendar's zone) without a schedule. */
    public List<Integer> yearsWithoutSchedule(Instant start, Instant end) {
        List<Integer> missing = new ArrayList<>();
        for (int year = start.atZone(zone).getYear(); year <= end.atZone(zone).getYear(); year++) {
            if (!years.containsKey(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /**
     * {@code days} full working days after {@code start}: opened on a working day, the same local
     * time on the {@code days}-th following working day; opened on a day off, counting starts at
     * 00:00 of the next working day, so the deadline is the end of the {@code days}-th working day
     * from there.
     */
    public Instant addWorkingDays(Instant start, int days) {
        ZonedDateTime local = start.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (!isWorkingDay(date)) {
            LocalDate first = nextWorkingDay(date);
            LocalDate last = first;
            for (int i = 1; i < days; i++) {
                last = nextWorkingDay(last);
            }
            return last.plusDays(1).atStartOfDay(zone).toInstant();
        }
        for (int i = 0; i < days; i++) {
            date = nextWorkingDay(date);
        }
        return local.with(date).toInstant();
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate date = after.plusDays(1);
        for (int guard = 0; !isWorkingDay(date); guard++) {
            if (guard > 366) {
                throw new IllegalStateException("no working day within a year after " + after);
            }
            date = date.plusDays(1);
        }
        return date;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The schedules in force, by year. */
    public SortedMap<Integer, Year> years() {
        return years;
    }

    /** How many dates the schedules list. */
    public int overrides() {
        return days.size();
    }

    /** Reads year files into one calendar; two files for the same year, or a date listed twice, are errors. */
    public static BusinessCalendar parse(ZoneId zone, Iterable<Reader> yearFiles) {
        List<Year> schedules = new ArrayList<>();
        for (Reader file : yearFiles) {
            schedules.add(parseYear(file));
        }
        return new BusinessCalendar(zone, schedules);
    }

    /**
     * One year's schedule: every date in the same year, none twice, and a {@code # source:} line
     * (a schedule nobody can trace back to its publication is not one to count deadlines by).
     */
    public static Year parseYear(Reader file) {
        String source = null;
        Map<LocalDate, Day> days = new TreeMap<>();
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.strip().startsWith(SOURCE)) {
                    source = line.strip().substring(SOURCE.length()).strip();
                    continue;
                }
                String content = Csv.content(line);
                if (content.isEmpty()) {
                    continue;
                }
                String[] f = content.split(",", 3);
                try {
                    LocalDate date = LocalDate.parse(f[0].trim());
                    boolean working = switch (f.length > 1 ? f[1].trim() : "") {
                        case "HOLIDAY" -> false;
                        case "WORKDAY" -> true;
                        default -> throw new IllegalArgumentException("second field must be HOLIDAY or WORKDAY");
                    };
                    if (!days.isEmpty() && days.keySet().iterator().next().getYear() != date.getYear()) {
                        throw new IllegalArgumentException("a file holds one year; this date is not in "
                                + days.keySet().iterator().next().getYear());
                    }
                    Day day = new Day(date, working, f.length > 2 ? f[2].trim() : "");
                    if (days.put(date, day) != null) {
                        throw new IllegalArgumentException(date + " is listed twice");
                    }
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("calendar line " + lineNumber + " '" + content + "': "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a calendar file lists no date");
        }
        int year = days.keySet().iterator().next().getYear();
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("the " + year + " calendar names no source: add a line '"
                    + SOURCE + " <the notice that published it>'");
        }
        return new Year(year, source, List.copyOf(days.values()));
    }
}
