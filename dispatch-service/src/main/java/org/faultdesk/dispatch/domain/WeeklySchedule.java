package org.faultdesk.dispatch.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A technician's weekly shifts in Asia/Shanghai wall-clock time, written as
 * {@code "MON-FRI 08:00-20:00;SAT 09:00-13:00"}. A shift whose end is not after its start runs
 * past midnight ({@code "MON-SUN 20:00-08:00"}: a night crew), and {@code 24:00} ends at midnight.
 */
public final class WeeklySchedule {

    /** China has one time zone; crews' shifts are agreed in it whatever the servers run on. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Pattern SHIFT = Pattern.compile(
            "([A-Z]{3})(?:-([A-Z]{3}))? ([0-2]\\d):([0-5]\\d)-([0-2]\\d):([0-5]\\d)");
    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final String text;
    private final List<Shift> shifts;

    private record Shift(Set<DayOfWeek> days, int startMinute, int endMinute) {

        boolean overnight() {
            return endMinute <= startMinute;
        }

        boolean covers(DayOfWeek day, int minute) {
            if (!overnight()) {
                return days.contains(day) && minute >= startMinute && minute < endMinute;
            }
            return (days.contains(day) && minute >= startMinute) || (days.contains(day.minus(1)) && minute < endMinute);
        }
    }

    private WeeklySchedule(String text, List<Shift> shifts) {
        this.text = text;
        this.shifts = shifts;
    }

    /** Parses the schedule; throws {@link IllegalArgumentException} naming the bad shift. */
    public static WeeklySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a shift schedule needs at least one shift, e.g. 'MON-FRI 08:00-20:00'");
        }
        List<Shift> shifts = new ArrayList<>();
        for (String part : text.split(";")) {
            Matcher m = SHIFT.matcher(part.trim().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("shift '" + part.trim() + "' is not like 'MON-FRI 08:00-20:00'");
            }
            DayOfWeek first = day(m.group(1));
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
            int start = minute(m.group(3), m.group(4), part);
            int end = minute(m.group(5), m.group(6), part);
            if (start == 24 * 60) {
                throw new IllegalArgumentException("shift '" + part.trim() + "' cannot start at 24:00");
            }
            shifts.add(new Shift(days, start, end == 0 ? 24 * 60 : end));
        }
        String normalised = shifts.stream().map(WeeklySchedule::format).collect(Collectors.joining(";"));
        return new WeeklySchedule(normalised, List.copyOf(shifts));
    }

    /** Whether {@code instant} falls inside one of the shifts. */
    public boolean onShiftAt(Instant instant) {
        ZonedDateTime local = instant.atZone(SHANGHAI);
        int minute = local.getHour() * 60 + local.getMinute();
        return shifts.stream().anyMatch(shift -> shift.covers(local.getDayOfWeek(), minute));
    }

    /** The schedule in its canonical written form, as stored. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static DayOfWeek day(String name) {
        int index = DAY_NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a day: use " + DAY_NAMES);
        }
        return DayOfWeek.of(index + 1);
    }

    private static int minute(String hours, String minutes, String part) {
        int value = Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
        if (value > 24 * 60) {
            throw new IllegalArgumentException("shift '" + part.trim() + "' has a time after 24:00");
        }
        return value;
    }

    private static String format(Shift shift) {
        List<DayOfWeek> days = new ArrayList<>(shift.days());
        // Ranges that wrap the week (SAT-MON) are stored as their first and last day in week order.
        String first = DAY_NAMES.get(firstOfRun(shift.days()).getValue() - 1);
        String last = DAY_NAMES.get(firstOfRun(shift.days()).plus(days.size() - 1L).getValue() - 1);
        String dayText = first.equals(last) ? first : first + "-" + last;
        return String.format(Locale.ROOT, "%s %02d:%02d-%02d:%02d", dayText,
                shift.startMinute() / 60, shift.startMinute() % 60, shift.endMinute() / 60, shift.endMinute() % 60);
    }

    /** The day that starts the contiguous run of days (the one whose previous day is not in it). */
    private static DayOfWeek firstOfRun(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return DayOfWeek.MONDAY;
        }
        return days.stream().filter(d -> !days.contains(d.minus(1))).findFirst().orElseThrow();
    }
}
