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
import java.util.HashMap;
import java.util.Map;

/**
 * Working days in one time zone: Monday to Friday, minus public holidays, plus make-up working
 * days (调休) on which China works a Saturday or Sunday to bridge a holiday.
 *
 * <p>File format (one file per year, CSV, {@code #} comments): {@code date,HOLIDAY|WORKDAY,name},
 * e.g. {@code 2026-10-01,HOLIDAY,National Day} or {@code 2026-10-10,WORKDAY,National Day make-up}.
 * Dates not listed follow the weekday rule.
 */
public final class BusinessCalendar {

    /** China's working days are counted in Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ZoneId zone;
    private final Map<LocalDate, Boolean> exceptions;

    public BusinessCalendar(ZoneId zone, Map<LocalDate, Boolean> workingOverrides) {
        this.zone = zone;
        this.exceptions = Map.copyOf(workingOverrides);
    }

    /** Weekends only: the calendar when no holiday file is installed. */
    public static BusinessCalendar weekendsOnly() {
        return new BusinessCalendar(CHINA, Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean override = exceptions.get(date);
        if (override != null) {
            return override;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
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

    /** How many dates the installed files override. */
    public int overrides() {
        return exceptions.size();
    }

    /** Reads any number of year files into one calendar; a date listed twice is an error. */
    public static BusinessCalendar parse(ZoneId zone, Iterable<Reader> yearFiles) {
        Map<LocalDate, Boolean> overrides = new HashMap<>();
        for (Reader file : yearFiles) {
            int lineNumber = 0;
            try (BufferedReader lines = new BufferedReader(file)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    lineNumber++;
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
                        if (overrides.put(date, working) != null) {
                            throw new IllegalArgumentException(date + " is listed twice");
                        }
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("calendar line " + lineNumber + " '" + content + "': " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BusinessCalendar(zone, overrides);
    }
}
