package org.faultdesk.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.faultdesk.events.ServiceType;
import org.junit.jupiter.api.Test;

class FewestOpenOrdersPolicyTest {

    static final Instant MONDAY_10_SHANGHAI = Instant.parse("2026-11-23T02:00:00Z");
    static final WeeklySchedule ALWAYS = WeeklySchedule.parse("MON-SUN 00:00-24:00");
    static final FieldJob BROADBAND_IN_TIANHE =
            new FieldJob("WO-1", "GZ-TIANHE-03", ServiceType.HOME_BROADBAND, Set.of());

    final DispatchPolicy policy = new FewestOpenOrdersPolicy();

    static TechnicianProfile technician(String id) {
        return new TechnicianProfile(id, false, Set.of("GZ-TIANHE-03"), Set.of(ServiceType.HOME_BROADBAND),
                ALWAYS, true, 0, 3, null);
    }

    static TechnicianProfile with(TechnicianProfile t, int openOrders, boolean outsourced, Instant lastAssignedAt) {
        return new TechnicianProfile(t.id(), outsourced, t.areaCodes(), t.skills(), t.schedule(), t.onDuty(),
                openOrders, t.maxOpenOrders(), lastAssignedAt);
    }

    private List<String> ranked(FieldJob job, TechnicianProfile... technicians) {
        return policy.rank(job, List.of(technicians), MONDAY_10_SHANGHAI).stream().map(TechnicianProfile::id).toList();
    }

    @Test
    void onlyTechniciansOfTheAreaAreEligible() {
        TechnicianProfile elsewhere = new TechnicianProfile("T-HZ", false, Set.of("GZ-HAIZHU-01"),
                Set.of(ServiceType.HOME_BROADBAND), ALWAYS, true, 0, 3, null);
        assertThat(ranked(BROADBAND_IN_TIANHE, technician("T-TH"), elsewhere)).containsExactly("T-TH");
    }

    @Test
    void onlyTechniciansWithTheSkillAreEligible() {
        TechnicianProfile leasedLines = new TechnicianProfile("T-LL", false, Set.of("GZ-TIANHE-03"),
                Set.of(ServiceType.INTERNET_LEASED_LINE), ALWAYS, true, 0, 3, null);
        assertThat(ranked(BROADBAND_IN_TIANHE, leasedLines, technician("T-BB"))).containsExactly("T-BB");
    }

    @Test
    void onlyTechniciansOnShiftNowAreEligible() {
        TechnicianProfile nights = new TechnicianProfile("T-NIGHT", false, Set.of("GZ-TIANHE-03"),
                Set.of(ServiceType.HOME_BROADBAND), WeeklySchedule.parse("MON-SUN 20:00-08:00"), true, 0, 3, null);
        assertThat(ranked(BROADBAND_IN_TIANHE, nights, technician("T-DAY"))).containsExactly("T-DAY");
        assertThat(policy.rank(BROADBAND_IN_TIANHE, List.of(nights), Instant.parse("2026-11-23T14:00:00Z")))
                .as("22:00 in Shanghai").extracting(TechnicianProfile::id).containsExactly("T-NIGHT");
    }

    @Test
    void onlyTechniciansWithRoomAreEligible() {
        TechnicianProfile full = with(technician("T-FULL"), 3, false, null);
        assertThat(ranked(BROADBAND_IN_TIANHE, full, technician("T-FREE"))).containsExactly("T-FREE");
    }

    @Test
    void offDutyTechniciansAndThoseWhoDeclinedAreNotEligible() {
        TechnicianProfile offDuty = new TechnicianProfile("T-OFF", false, Set.of("GZ-TIANHE-03"),
                Set.of(ServiceType.HOME_BROADBAND), ALWAYS, false, 0, 3, null);
        FieldJob declinedByA = new FieldJob("WO-1", "GZ-TIANHE-03", ServiceType.HOME_BROADBAND, Set.of("T-A"));
        assertThat(ranked(declinedByA, offDuty, technician("T-A"), technician("T-B"))).containsExactly("T-B");
    }

    @Test
    void fewestOpenOrdersComesFirst() {
        TechnicianProfile busy = with(technician("T-A"), 2, false, null);
        TechnicianProfile lighter = with(technician("T-B"), 1, true, Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(ranked(BROADBAND_IN_TIANHE, busy, lighter)).containsExactly("T-B", "T-A");
    }

    @Test
    void onEqualLoadInHouseBeforeOutsourced() {
        TechnicianProfile outsourced = with(technician("T-A"), 1, true, null);
        TechnicianProfile inHouse = with(technician("T-B"), 1, false, Instant.parse("2026-11-23T01:59:00Z"));
        assertThat(ranked(BROADBAND_IN_TIANHE, outsourced, inHouse)).containsExactly("T-B", "T-A");
    }

    @Test
    void thenLongestIdleNeverAssignedFirstThenStableId() {
        TechnicianProfile recent = with(technician("T-A"), 0, false, Instant.parse("2026-11-23T01:00:00Z"));
        TechnicianProfile earlier = with(technician("T-B"), 0, false, Instant.parse("2026-11-22T01:00:00Z"));
        TechnicianProfile never = with(technician("T-D"), 0, false, null);
        TechnicianProfile neverToo = with(technician("T-C"), 0, false, null);
        assertThat(ranked(BROADBAND_IN_TIANHE, recent, earlier, never, neverToo))
                .containsExactly("T-C", "T-D", "T-B", "T-A");
    }
}
