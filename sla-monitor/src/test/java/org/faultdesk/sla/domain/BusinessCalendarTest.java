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

/** Against the official 2026 schedule the service ships (sla/calendar-2026.csv), never a made-up one. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.parse(BusinessCalendar.CHINA, List.of(new InputStreamReader(
            BusinessCalendarTest.class.getResourceAsStream("/sla/calendar-2026.csv"), StandardCharsets.UTF_8)));

    @Test
    void theShippedScheduleIsTheStateCouncilsNoticeFor2026() {
        BusinessCalendar.Year year = calendar.years().get(2026);
        assertThat(year.source()).startsWith("国务院办公厅关于2026年部分节假日安排的通知").contains("2025-11-04");
        assertThat(year.holidays()).as("the notice's 33 days off").isEqualTo(33);
        assertThat(year.days()).filteredOn(BusinessCalendar.Day::working).extracting(BusinessCalendar.Day::date)
                .as("the notice's 6 make-up working days")
                .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(calendar.years().keySet()).containsExactly(2026);
    }

    @Test
    void holidaysAreOffAndMakeUpWeekendDaysAreWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Mid-Autumn Festival, a Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))).as("Mid-Autumn Festival, a Sunday").isFalse();
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
        // 2026-09-24T17:00Z is Friday 25 September 01:00 in Beijing, the Mid-Autumn holiday (in UTC still
        // Thursday, a working day): counting starts on Monday 28 September, the end of which is the deadline.
        assertThat(calendar.addWorkingDays(Instant.parse("2026-09-24T17:00:00Z"), 1)).isEqualTo(beijing("2026-09-29T00:00"));
    }

    @Test
    void aComplaintBeforeNationalDayIsAnsweredAfterTheWeekAndItsMakeUpSaturday() {
        // Friday 18 September 10:00; Saturday 19 is off, Sunday 20 is worked for National Day.
        Instant opened = beijing("2026-09-18T10:00");
        assertThat(calendar.addWorkingDays(opened, 1)).as("the make-up Sunday").isEqualTo(beijing("2026-09-20T10:00"));
        assertThat(calendar.addWorkingDays(opened, 5)).as("20, 21, 22, 23, 24 September").isEqualTo(beijing("2026-09-24T10:00"));
        assertThat(calendar.addWorkingDays(opened, 6)).as("then Mid-Autumn and National Day: 28 September")
                .isEqualTo(beijing("2026-09-28T10:00"));
        assertThat(calendar.addWorkingDays(opened, 9)).as("28, 29, 30 September, then 8 October")
                .isEqualTo(beijing("2026-10-08T10:00"));
    }

    @Test
    void aYearWithoutAScheduleIsNotCovered() {
        assertThat(calendar.yearsWithoutSchedule(beijing("2026-12-28T09:00"), beijing("2026-12-31T09:00"))).isEmpty();
        assertThat(calendar.yearsWithoutSchedule(beijing("2026-12-30T09:00"), beijing("2027-01-04T09:00")))
                .containsExactly(2027);
        assertThat(BusinessCalendar.weekendsOnly().years()).isEmpty();
    }

    @Test
    void aScheduleNamesItsSourceAndHoldsOneYear() {
        assertThatThrownBy(() -> BusinessCalendar.parseYear(new StringReader("2027-01-01,HOLIDAY,New Year\n")))
                .hasMessageContaining("the 2027 calendar names no source");
        assertThatThrownBy(() -> BusinessCalendar.parseYear(new StringReader(
                "# source: a notice\n2027-01-01,HOLIDAY,New Year\n2028-01-01,HOLIDAY,New Year\n")))
                .hasMessageContaining("line 3").hasMessageContaining("one year");
        assertThatThrownBy(() -> BusinessCalendar.parseYear(new StringReader("# source: a notice\n")))
                .hasMessageContaining("lists no date");
        assertThat(BusinessCalendar.parseYear(new StringReader("# source: 国务院办公厅通知\n2027-01-01,HOLIDAY,元旦\n")).source())
                .isEqualTo("国务院办公厅通知");
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
        assertThatThrownBy(() -> BusinessCalendar.parseYear(
                new StringReader("# source: x\n2026-10-01,HOLIDAY,a\n2026-10-01,WORKDAY,b\n")))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> BusinessCalendar.parse(BusinessCalendar.CHINA, List.of(
                new StringReader("# source: x\n2026-10-01,HOLIDAY,a\n"), new StringReader("# source: y\n2026-10-02,HOLIDAY,b\n"))))
                .hasMessageContaining("two schedules for 2026");
    }

    private static Instant beijing(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BusinessCalendar.CHINA).toInstant();
    }
}
