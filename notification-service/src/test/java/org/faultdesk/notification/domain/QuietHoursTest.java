package org.faultdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours quiet = new QuietHours(true, LocalTime.of(21, 0), LocalTime.of(8, 0),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void duringTheDayANoticeGoesAtOnce() {
        Instant noon = Instant.parse("2026-11-23T04:00:00Z"); // 12:00 Shanghai
        assertThat(quiet.releaseAt(noon)).isEqualTo(noon);
    }

    @Test
    void lateInTheEveningItIsHeldUntilTomorrowMorning() {
        Instant elevenPm = Instant.parse("2026-11-23T15:00:00Z"); // 23:00 Shanghai
        assertThat(quiet.releaseAt(elevenPm)).isEqualTo(Instant.parse("2026-11-24T00:00:00Z")); // 08:00 on the 24th
    }

    @Test
    void inTheSmallHoursItIsHeldUntilThisMorning() {
        Instant threeAm = Instant.parse("2026-11-23T19:30:00Z"); // 03:30 on the 24th, Shanghai
        assertThat(quiet.releaseAt(threeAm)).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void theBoundariesBelongToTheDay() {
        Instant eight = Instant.parse("2026-11-24T00:00:00Z");
        Instant justBeforeNine = Instant.parse("2026-11-23T12:59:59Z");
        assertThat(quiet.releaseAt(eight)).isEqualTo(eight);
        assertThat(quiet.releaseAt(justBeforeNine)).isEqualTo(justBeforeNine);
        assertThat(quiet.releaseAt(Instant.parse("2026-11-23T13:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void aDaytimeWindowWorksToo() {
        QuietHours lunch = new QuietHours(true, LocalTime.of(12, 0), LocalTime.of(14, 0), ZoneId.of("Asia/Shanghai"));
        assertThat(lunch.releaseAt(Instant.parse("2026-11-23T04:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    }

    @Test
    void disabledQuietHoursHoldNothing() {
        QuietHours off = new QuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"));
        Instant elevenPm = Instant.parse("2026-11-23T15:00:00Z");
        assertThat(off.releaseAt(elevenPm)).isEqualTo(elevenPm);
    }
}
