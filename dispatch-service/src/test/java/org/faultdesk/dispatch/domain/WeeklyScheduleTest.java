package org.faultdesk.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    /** 2026-11-23 is a Monday. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WeeklySchedule.SHANGHAI).toInstant();
    }

    @Test
    void dayShiftCoversItsHoursInShanghaiTime() {
        WeeklySchedule schedule = WeeklySchedule.parse("MON-FRI 08:00-20:00");
        assertThat(schedule.onShiftAt(shanghai("2026-11-23T08:00"))).isTrue();
        assertThat(schedule.onShiftAt(shanghai("2026-11-23T19:59"))).isTrue();
        assertThat(schedule.onShiftAt(shanghai("2026-11-23T20:00"))).isFalse();
        assertThat(schedule.onShiftAt(shanghai("2026-11-23T07:59"))).isFalse();
        assertThat(schedule.onShiftAt(shanghai("2026-11-28T10:00"))).as("Saturday").isFalse();
        // 02:00 UTC is 10:00 in Shanghai: the zone, not the server's, decides.
        assertThat(schedule.onShiftAt(Instant.parse("2026-11-23T02:00:00Z"))).isTrue();
    }

    @Test
    void nightShiftRunsPastMidnightIntoTheNextDay() {
        WeeklySchedule schedule = WeeklySchedule.parse("FRI 20:00-08:00");
        assertThat(schedule.onShiftAt(shanghai("2026-11-27T23:00"))).as("Friday night").isTrue();
        assertThat(schedule.onShiftAt(shanghai("2026-11-28T07:00"))).as("Saturday morning after Friday").isTrue();
        assertThat(schedule.onShiftAt(shanghai("2026-11-28T09:00"))).isFalse();
        assertThat(schedule.onShiftAt(shanghai("2026-11-27T07:00"))).as("Friday morning: Thursday had no shift").isFalse();
    }

    @Test
    void severalShiftsAndWholeDaysAndWeekWrap() {
        WeeklySchedule schedule = WeeklySchedule.parse("sat-mon 00:00-24:00; WED 09:00-13:00");
        assertThat(schedule.text()).isEqualTo("SAT-MON 00:00-24:00;WED 09:00-13:00");
        assertThat(schedule.onShiftAt(shanghai("2026-11-29T23:59"))).as("Sunday").isTrue();
        assertThat(schedule.onShiftAt(shanghai("2026-11-23T00:00"))).as("Monday").isTrue();
        assertThat(schedule.onShiftAt(shanghai("2026-11-24T12:00"))).as("Tuesday").isFalse();
        assertThat(schedule.onShiftAt(shanghai("2026-11-25T12:00"))).as("Wednesday").isTrue();
    }

    @Test
    void refusesWhatIsNotAShift() {
        assertThatThrownBy(() -> WeeklySchedule.parse("MON-FRI 8-20")).hasMessageContaining("'MON-FRI 8-20'");
        assertThatThrownBy(() -> WeeklySchedule.parse("MOX 08:00-20:00")).hasMessageContaining("'MOX' is not a day");
        assertThatThrownBy(() -> WeeklySchedule.parse("MON 08:00-25:00")).hasMessageContaining("after 24:00");
        assertThatThrownBy(() -> WeeklySchedule.parse(" ")).hasMessageContaining("at least one shift");
    }
}
