package org.faultdesk.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultdesk.events.ServiceType;
import org.junit.jupiter.api.Test;

/** The demo crews must let a new user see a fault dispatched in the demo areas at any hour. */
class DemoTechniciansTest {

    private static final Pattern ROW = Pattern.compile(
            "\\('(T-[A-Z0-9-]+)',[^\\n]*\\n\\s*'([A-Z0-9,-]+)', '([A-Z_,]+)',\\s*'([^']+)', (\\d+), (true|false)\\)");

    private static List<TechnicianProfile> demo() throws IOException {
        String sql;
        try (InputStream in = DemoTechniciansTest.class.getResourceAsStream("/demo/demo-data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<TechnicianProfile> technicians = new ArrayList<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            technicians.add(new TechnicianProfile(m.group(1), false, Technician.split(m.group(2)),
                    Set.copyOf(Technician.split(m.group(3)).stream().map(ServiceType::valueOf).toList()),
                    WeeklySchedule.parse(m.group(4)), Boolean.parseBoolean(m.group(6)), 0,
                    Integer.parseInt(m.group(5)), null));
        }
        return technicians;
    }

    @Test
    void everyDemoAreaHasSomeoneOnShiftAtEveryHourOfTheWeek() throws IOException {
        List<TechnicianProfile> technicians = demo();
        assertThat(technicians).hasSize(9);
        DispatchPolicy policy = new FewestOpenOrdersPolicy();
        List<FieldJob> jobs = List.of(
                new FieldJob("WO-1", "GZ-TIANHE-03", ServiceType.INTERNET_LEASED_LINE, Set.of()),
                new FieldJob("WO-2", "GZ-TIANHE-03", ServiceType.HOME_BROADBAND, Set.of()),
                new FieldJob("WO-3", "GZ-HAIZHU-01", ServiceType.HOME_BROADBAND, Set.of()),
                new FieldJob("WO-4", "GZ-HAIZHU-01", ServiceType.DATA_LEASED_LINE, Set.of()),
                new FieldJob("WO-5", "SZ-NANSHAN-02", ServiceType.INTERNET_LEASED_LINE, Set.of()),
                new FieldJob("WO-6", "SZ-NANSHAN-02", ServiceType.HOME_BROADBAND, Set.of()));
        Instant monday = Instant.parse("2026-11-22T16:00:00Z"); // Monday 00:00 in Shanghai
        for (Instant at = monday; at.isBefore(monday.plus(Duration.ofDays(7))); at = at.plus(Duration.ofMinutes(30))) {
            for (FieldJob job : jobs) {
                assertThat(policy.rank(job, technicians, at)).as(job + " at " + at).isNotEmpty();
            }
        }
    }
}
