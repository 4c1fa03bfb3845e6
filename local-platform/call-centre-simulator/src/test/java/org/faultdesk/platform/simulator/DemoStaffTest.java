package org.faultdesk.platform.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoStaffTest {

    private static List<JsonNode> listed(String json) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        Http.MAPPER.readTree(json).forEach(lines::add);
        return lines;
    }

    /** notification-service's list of the roster after a first demo run, with its ids and seconds. */
    private static String rosterAfterAFirstRun() throws Exception {
        List<String> lines = new ArrayList<>();
        long id = 12;
        for (DemoStaff.ShiftLine line : DemoStaff.SHIFTS) {
            lines.add(String.format("{\"id\":%d,\"personId\":\"%s\",\"role\":\"%s\",\"areaCode\":\"%s\",\"teamId\":%s,"
                            + "\"startsAt\":\"%s:00\",\"endsAt\":\"%s:00\",\"validFrom\":null,\"validUntil\":null}",
                    id++, line.personId(), line.role(), line.areaCode(),
                    line.teamId() == null ? "null" : "\"" + line.teamId() + "\"", line.startsAt(), line.endsAt()));
        }
        return "[" + String.join(",", lines) + "]";
    }

    @Test
    void addsEveryLineToARosterWithoutThem() throws Exception {
        String seeded = "[{\"id\":1,\"personId\":\"P-GZ-DM-01\",\"role\":\"DUTY_MANAGER\",\"areaCode\":\"GZ\",\"teamId\":null,"
                + "\"startsAt\":\"00:00:00\",\"endsAt\":\"00:00:00\"}]";

        assertThat(DemoStaff.missing(listed(seeded))).containsExactlyElementsOf(DemoStaff.SHIFTS);
    }

    @Test
    void addsNothingTheSecondTime() throws Exception {
        assertThat(DemoStaff.missing(listed(rosterAfterAFirstRun()))).isEmpty();
    }

    @Test
    void aLineWithOtherHoursOrAnotherTeamIsNotTheSame() throws Exception {
        DemoStaff.ShiftLine line = DemoStaff.SHIFTS.get(2);
        String dayOnly = String.format("[{\"id\":3,\"personId\":\"%s\",\"role\":\"%s\",\"areaCode\":\"%s\",\"teamId\":\"%s\","
                + "\"startsAt\":\"08:00\",\"endsAt\":\"20:00\"}]", line.personId(), line.role(), line.areaCode(), line.teamId());
        String otherTeam = String.format("[{\"id\":4,\"personId\":\"%s\",\"role\":\"%s\",\"areaCode\":\"%s\",\"teamId\":\"OTHER\","
                + "\"startsAt\":\"00:00\",\"endsAt\":\"00:00\"}]", line.personId(), line.role(), line.areaCode());

        assertThat(DemoStaff.missing(listed(dayOnly))).contains(line);
        assertThat(DemoStaff.missing(listed(otherTeam))).contains(line);
    }

    @Test
    void everyRosterLineNamesADemoSupervisorAndEveryTechnicianWorksInADemoArea() {
        Set<String> people = DemoStaff.SUPERVISORS.stream().map(DemoStaff.Person::id).collect(Collectors.toSet());
        Set<String> areas = DemoAreas.ALL.stream().map(DemoArea::code).collect(Collectors.toSet());

        assertThat(DemoStaff.SHIFTS).allSatisfy(line -> assertThat(people).contains(line.personId()));
        assertThat(DemoStaff.SUPERVISORS).allSatisfy(person -> assertThat(person.name()).endsWith("(demo)"));
        assertThat(DemoStaff.TECHNICIANS).allSatisfy(technician -> {
            assertThat(technician.name()).endsWith("(demo)");
            assertThat(areas).containsAll(technician.areaCodes());
        });
    }

    @Test
    void nobodyIsRegisteredInTheAreasMeantToHaveNoTechnician() {
        Set<String> covered = DemoStaff.TECHNICIANS.stream().flatMap(t -> t.areaCodes().stream()).collect(Collectors.toSet());

        assertThat(DemoAreas.staffed(DemoArea.Staffing.NONE)).extracting(DemoArea::code).doesNotContainAnyElementsOf(covered);
        assertThat(DemoAreas.staffed(DemoArea.Staffing.SHORT)).extracting(DemoArea::code).allMatch(covered::contains);
    }
}
