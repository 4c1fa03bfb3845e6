package org.faultdesk.sla.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.ops;
import static org.faultdesk.platform.test.TestIdentity.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.PrometheusText;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The calendar as data: the official 2026 schedule ships with its source, a year without one is
 * reported, and an administrator loads a year's schedule as a file, in force for the next deadline.
 */
@QuarkusTest
class CalendarApiTest {

    /** Clearly not an official schedule: a year long past, and a source that says so. */
    private static final String TEST_SCHEDULE_2024 = """
            # source: TEST ONLY, not an official schedule (CalendarApiTest)
            2024-03-04,HOLIDAY,a test holiday on a Monday
            """;

    @Inject
    TestClock clock;

    @Test
    void theShippedScheduleIsInForceWithItsSourceAndAMissingYearIsNamed() {
        int thisYear = clock.instant().atZone(BusinessCalendar.CHINA).getYear();
        JsonPath calendar = agent().get("/sla/calendar").then().statusCode(200).extract().jsonPath();

        assertThat(calendar.getString("zone")).isEqualTo("Asia/Shanghai");
        assertThat(calendar.getString("years.find { it.year == 2026 }.source")).contains("国务院办公厅");
        assertThat(calendar.getInt("years.find { it.year == 2026 }.holidays")).isEqualTo(33);
        assertThat(calendar.getInt("years.find { it.year == 2026 }.makeUpWorkingDays")).isEqualTo(6);
        assertThat(calendar.getList("yearsWithoutSchedule", Integer.class))
                .as("this year and next, when not loaded").contains(thisYear + 1);
        supervisor("P-1").get("/sla/calendar/2026").then().statusCode(200)
                .body("days.find { it.date == '2026-10-10' }.working", equalTo(true))
                .body("days.find { it.date == '2026-10-10' }.name", containsString("make-up"));
        agent().get("/sla/calendar/2031").then().statusCode(404)
                .body("detail", equalTo("no public-holiday schedule is loaded for 2031: only weekends are off in it"));
        ops().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'sla-calendar' }.data.yearsWithoutSchedule", containsString(
                        Integer.toString(thisYear + 1)));
    }

    @Test
    void anAdministratorLoadsAYearsScheduleAndTheNextDeadlineCountsIt() {
        supervisor("P-1").contentType("text/csv").body(TEST_SCHEDULE_2024).put("/sla/calendar/2024").then().statusCode(403);
        admin().contentType("text/csv").body("2024-03-04,HOLIDAY,no source\n").put("/sla/calendar/2024")
                .then().statusCode(400).body("detail", containsString("names no source"));
        admin().contentType("text/csv").body(TEST_SCHEDULE_2024).put("/sla/calendar/2025")
                .then().statusCode(400).body("detail", equalTo("the file is the schedule of 2024, not of 2025"));
        admin().contentType("text/csv").body("# source: x\n2024-03-04,OFF,bad\n").put("/sla/calendar/2024")
                .then().statusCode(400).body("detail", containsString("line 2"));

        admin().contentType("text/csv").body(TEST_SCHEDULE_2024).put("/sla/calendar/2024").then().statusCode(200)
                .body("source", equalTo("TEST ONLY, not an official schedule (CalendarApiTest)"))
                .body("loadedBy", equalTo("admin-1"))
                .body("days[0].date", equalTo("2024-03-04"));
        agent().get("/sla/calendar").then().body("years.year", hasItem(2024))
                .body("years.find { it.year == 2024 }.loadedBy", equalTo("admin-1"));

        // A mobile-network complaint, 2 working days, opened on Friday 1 March 2024 at 10:00 Beijing:
        // Monday 4 March is off by the loaded schedule, so Tuesday 5 and Wednesday 6.
        String ticket = Tickets.newId();
        TestKafka.publish(Tickets.opened(ticket, complaint(), beijing("2024-03-01T10:00")));
        awaitDeadline(ticket, beijing("2024-03-06T10:00"));
    }

    @Test
    void loadingAYearsScheduleCountsTheOpenDeadlinesAcrossItAgain() {
        // Friday 3 March 2023, 10:00 Beijing, no schedule for 2023: Monday 6 and Tuesday 7 March.
        String ticket = Tickets.newId();
        TestKafka.publish(Tickets.opened(ticket, complaint(), beijing("2023-03-03T10:00")));
        awaitDeadline(ticket, beijing("2023-03-07T10:00"));

        try (TopicWatcher deadlines = TestKafka.watch(Topics.SLA_CLOCK_STARTED)) {
            admin().contentType("text/csv")
                    .body("# source: TEST ONLY, not an official schedule (CalendarApiTest)\n2023-03-06,HOLIDAY,a test holiday\n")
                    .put("/sla/calendar/2023").then().statusCode(200)
                    .body("recomputedClocks", greaterThanOrEqualTo(1));

            // Monday 6 March is off now: Tuesday 7 and Wednesday 8, announced as a recomputed deadline.
            awaitDeadline(ticket, beijing("2023-03-08T10:00"));
            SlaClockStarted recomputed = deadlines.awaitEvent(SlaClockStarted.class,
                    TopicWatcher.clockOf(ticket, "complaint-reply"));
            assertThat(recomputed.change()).isEqualTo(SlaClockStarted.Change.RECOMPUTED);
            assertThat(recomputed.restoreDeadline()).isEqualTo(beijing("2023-03-08T10:00"));
        }
    }

    @Test
    void aWorkingDayDeadlineAcrossAYearWithoutScheduleIsCounted() {
        double before = uncoveredCount();
        // Tuesday 30 December 2025 (no schedule): Wednesday 31 December, then 1-3 January 2026 are off
        // and Sunday 4 January is worked.
        String ticket = Tickets.newId();
        TestKafka.publish(Tickets.opened(ticket, complaint(), beijing("2025-12-30T10:00")));
        awaitDeadline(ticket, beijing("2026-01-04T10:00"));
        // Counted once per clock: the reply's 2 working days and the resolution's 5 both span 2025.
        await().atMost(Duration.ofSeconds(10)).until(() -> uncoveredCount() == before + 2);
    }

    private static TicketClassification complaint() {
        return new TicketClassification(TicketKind.COMPLAINT, ServiceType.MOBILE_NETWORK, CustomerTier.ORDINARY,
                Severity.MINOR, 3, FaultScope.WITHIN_CITY, Locality.URBAN, "CAL-01");
    }

    /** A mobile-network complaint's 2-working-day clock is its reply's (seed 004 line 33). */
    private static void awaitDeadline(String ticket, Instant deadline) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agent().get("/sla/clocks/" + ticket)
                .then().statusCode(200).body("policyKey", equalTo("complaint-mobile-network"))
                .body("responseClocks.find { it.clock == 'complaint-reply' }.policyKey",
                        equalTo("complaint-reply-mobile-network"))
                .body("responseClocks.find { it.clock == 'complaint-reply' }.restoreDeadline", equalTo(deadline.toString())));
    }

    private static double uncoveredCount() {
        String metrics = ops().get("/q/metrics").then().statusCode(200).extract().asString();
        return PrometheusText.sum(metrics, "faultdesk_sla_calendar_uncovered_total");
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.CHINA).toInstant();
    }
}
