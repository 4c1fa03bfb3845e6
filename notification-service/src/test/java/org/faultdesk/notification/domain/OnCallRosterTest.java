package org.faultdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.faultdesk.events.EscalationRole;
import org.junit.jupiter.api.Test;

class OnCallRosterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 10:00 and 23:00 in Shanghai on a Monday.
    private static final Instant MORNING = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant NIGHT = Instant.parse("2026-11-23T15:00:00Z");

    private static Shift shift(long id, String person, EscalationRole role, String area, String team,
                               String from, String to) {
        return new Shift(id, person, role, area, team, LocalTime.parse(from), LocalTime.parse(to), null, null);
    }

    private final OnCallRoster roster = new OnCallRoster(List.of(
            shift(1, "tl-tianhe-a", EscalationRole.TEAM_LEAD, "GZ-TIANHE-03", "TEAM-A", "08:00", "20:00"),
            shift(2, "tl-tianhe-b", EscalationRole.TEAM_LEAD, "GZ-TIANHE-03", "TEAM-B", "08:00", "20:00"),
            shift(3, "dm-gz-day", EscalationRole.DUTY_MANAGER, "GZ", null, "08:00", "20:00"),
            shift(4, "dm-gz-night", EscalationRole.DUTY_MANAGER, "GZ", null, "20:00", "08:00"),
            shift(5, "dm-tianhe", EscalationRole.DUTY_MANAGER, "GZ-TIANHE-03", null, "09:00", "17:00"),
            shift(6, "province", EscalationRole.PROVINCE_OPERATIONS, "*", null, "00:00", "00:00")), SHANGHAI);

    @Test
    void theHolderOfTheRoleForTheAreaIsOnCallDuringTheShift() {
        assertThat(roster.whoIsOnCall(EscalationRole.DUTY_MANAGER, "GZ-HAIZHU-01", null, MORNING))
                .contains(new OnCall("dm-gz-day", EscalationRole.DUTY_MANAGER, EscalationRole.DUTY_MANAGER));
    }

    @Test
    void theMostSpecificAreaWins() {
        assertThat(roster.whoIsOnCall(EscalationRole.DUTY_MANAGER, "GZ-TIANHE-03", null, MORNING))
                .get().extracting(OnCall::personId).isEqualTo("dm-tianhe");
    }

    @Test
    void anOvernightShiftCoversTheSmallHoursOfTheNextDay() {
        assertThat(roster.whoIsOnCall(EscalationRole.DUTY_MANAGER, "GZ-TIANHE-03", null, NIGHT))
                .get().extracting(OnCall::personId).isEqualTo("dm-gz-night");
        Instant threeAm = Instant.parse("2026-11-23T19:00:00Z");
        assertThat(roster.whoIsOnCall(EscalationRole.DUTY_MANAGER, "GZ-TIANHE-03", null, threeAm))
                .get().extracting(OnCall::personId).isEqualTo("dm-gz-night");
    }

    @Test
    void theLeadOfTheTechniciansTeamComesBeforeOtherLeadsOfTheArea() {
        assertThat(roster.whoIsOnCall(EscalationRole.TEAM_LEAD, "GZ-TIANHE-03", "TEAM-B", MORNING))
                .get().extracting(OnCall::personId).isEqualTo("tl-tianhe-b");
        assertThat(roster.whoIsOnCall(EscalationRole.TEAM_LEAD, "GZ-TIANHE-03", "TEAM-UNKNOWN", MORNING))
                .get().extracting(OnCall::personId).isEqualTo("tl-tianhe-a");
    }

    @Test
    void withNoTeamLeadOnCallTheWarningGoesOneLevelUp() {
        OnCall onCall = roster.whoIsOnCall(EscalationRole.TEAM_LEAD, "GZ-TIANHE-03", "TEAM-A", NIGHT).orElseThrow();

        assertThat(onCall.personId()).isEqualTo("dm-gz-night");
        assertThat(onCall.holding()).isEqualTo(EscalationRole.DUTY_MANAGER);
        assertThat(onCall.fellBack()).isTrue();
    }

    @Test
    void fallbackClimbsSeveralLevelsUntilSomeoneHoldsARole() {
        // No area manager anywhere: province operations is next above.
        OnCall onCall = roster.whoIsOnCall(EscalationRole.AREA_MANAGER, "SZ-NANSHAN-02", null, MORNING).orElseThrow();

        assertThat(onCall).isEqualTo(new OnCall("province", EscalationRole.AREA_MANAGER,
                EscalationRole.PROVINCE_OPERATIONS));
    }

    @Test
    void aShiftOfAnotherCityDoesNotCover() {
        OnCallRoster gzOnly = new OnCallRoster(List.of(
                shift(1, "dm-gz", EscalationRole.DUTY_MANAGER, "GZ", null, "00:00", "00:00")), SHANGHAI);

        assertThat(gzOnly.whoIsOnCall(EscalationRole.DUTY_MANAGER, "SZ-NANSHAN-02", null, MORNING)).isEmpty();
        // "GZ" must not match an area of a city whose code merely starts with the same letters.
        assertThat(gzOnly.whoIsOnCall(EscalationRole.DUTY_MANAGER, "GZX-01", null, MORNING)).isEmpty();
    }

    @Test
    void validDatesLimitAShift() {
        Shift holiday = new Shift(1, "stand-in", EscalationRole.DUTY_MANAGER, "GZ", null, LocalTime.parse("20:00"),
                LocalTime.parse("08:00"), LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"));

        assertThat(holiday.covers(NIGHT, SHANGHAI)).isTrue();
        // 03:00 on the 24th still belongs to the shift that began on the 23rd.
        assertThat(holiday.covers(Instant.parse("2026-11-23T19:00:00Z"), SHANGHAI)).isTrue();
        // 23:00 on the 24th is a shift beginning after validUntil.
        assertThat(holiday.covers(Instant.parse("2026-11-24T15:00:00Z"), SHANGHAI)).isFalse();
        assertThat(holiday.covers(MORNING, SHANGHAI)).isFalse();
    }

    @Test
    void theLadderEndsAtHeadquarters() {
        assertThat(EscalationLadder.above(EscalationRole.TEAM_LEAD)).contains(EscalationRole.DUTY_MANAGER);
        assertThat(EscalationLadder.above(EscalationRole.CONTROL_CENTRE)).contains(EscalationRole.PROVINCE_OPERATIONS);
        assertThat(EscalationLadder.above(EscalationRole.HEADQUARTERS)).isEmpty();
    }
}
