package org.faultdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.parse(BusinessCalendar.CHINA, List.of(new InputStreamReader(
            BusinessCalendarTest.class.getResourceAsStream("/sla/fixture-calendar-2026.csv"), StandardCharsets.UTF_8)));

    @Test
    void holidaysAreOffAndMakeUpWeekendDaysAreWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))).as("Sunday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).as("ordinary Monday").isTrue();
    }

    @Test
    void twoWorkingDaysFromTheLastDayBeforeTheHolidayEndAfterIt() {
        // Wednesday 30 September, 15:00 Beijing: the next working days are Thursday 8 and Friday 9 October.
        Instant opened = beijing("2026-09-30T15:00");
        assertThat(calendar.addWorkingDays(opened, 1)).isEqualTo(beijing("2026-10-08T15:00"));
        assertThat(calendar.addWorkingDays(opened, 2)).isEqualTo(beijing("2026-10-09T15:00"));
        assertThat(calendar.addWorkingDays(opened, 3)).as("Saturday 10 October is a make-up day").isEqualTo(beijing("2026-10-10T15:00"));
        assertThat(calendar.addWorkingDays(opened, 4)).isEqualTo(beijing("2026-10-12T15:00"));
    }

    @Test
    void aComplaintMadeOnAHolidayCountsFromTheNextWorkingMorning() {
        Instant opened = beijing("2026-10-03T11:30");
        assertThat(calendar.addWorkingDays(opened, 1)).isEqualTo(beijing("2026-10-09T00:00"));
        assertThat(calendar.addWorkingDays(opened, 5)).as("8, 9, 10, 12, 13 October").isEqualTo(beijing("2026-10-14T00:00"));
    }

    @Test
    void workingDaysAreCountedInBeijingTime() {
        // 2026-09-25T17:00Z is Saturday 01:00 in Beijing, a day off: counting starts on the make-up Sunday.
        assertThat(calendar.addWorkingDays(Instant.parse("2026-09-25T17:00:00Z"), 1)).isEqualTo(beijing("2026-09-28T00:00"));
    }

    @Test
    void withoutHolidayFilesOnlyWeekendsAreOff() {
        BusinessCalendar weekends = BusinessCalendar.weekendsOnly();
        assertThat(weekends.addWorkingDays(beijing("2026-10-01T09:00"), 2)).isEqualTo(beijing("2026-10-05T09:00"));
    }

    @Test
    void aBadLineIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> BusinessCalendar.parse(BusinessCalendar.CHINA,
                List.of(new StringReader("# comment\n2026-10-01,HOLIDAY,ok\n2026-10-02,OFF,bad\n"))))
                .hasMessageContaining("line 3").hasMessageContaining("HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> BusinessCalendar.parse(BusinessCalendar.CHINA,
                List.of(new StringReader("2026-10-01,HOLIDAY,a\n"), new StringReader("2026-10-01,WORKDAY,b\n"))))
                .hasMessageContaining("listed twice");
    }

    private static Instant beijing(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BusinessCalendar.CHINA).toInstant();
    }
}
