package org.faultdesk.sla.api;

import static org.faultdesk.platform.test.TestIdentity.ops;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaResourcesTest {

    @Inject
    TestClock clock;

    @Test
    void thePoliciesInForceIncludeTheSeedTableTheDefaultsAndTheLadders() {
        ops().get("/sla/policies").then().statusCode(200)
                .body("restorePolicies.find { it.key == 'ent-internet-provinces-aa' }.allowance", equalTo("5 HOURS"))
                .body("restorePolicies.find { it.key == 'bb-repair-rural' }.limit", equalTo("48 HOURS"))
                .body("restorePolicies.find { it.key == 'bb-repair-urban-gold' }.source", equalTo("DEFAULT"))
                .body("restorePolicies.find { it.key == 'ent-data-city-aaa' }.source", equalTo("BRIEF"))
                .body("restorePolicies.find { it.key == 'complaint-other' }.provenance",
                        equalTo("seed 004 line 33 (非网络覆盖投诉5个工作日内98%解决)"))
                .body("restorePolicies.find { it.key == 'complaint-mobile-network' }.source", equalTo("DEFAULT"))
                .body("responsePolicies.find { it.terms.key == 'complaint-reply-mobile-network' }.milestone",
                        equalTo("complaint-reply"))
                .body("responsePolicies.find { it.terms.key == 'complaint-reply-mobile-network' }.terms.allowance",
                        equalTo("2 WORKING_DAYS"))
                .body("responsePolicies.find { it.terms.key == 'complaint-reply-mobile-network' }.terms.provenance",
                        equalTo("seed 004 line 33 (移网投诉2个工作日内100%回复)"))
                .body("responsePolicies.find { it.terms.key == 'home-broadband-visit-booked' }.pause",
                        equalTo("PAUSES_WHILE_PENDING"))
                .body("milestoneProofs.find { it.milestone == 'work-order' }.condition", equalTo("action=CREATED"))
                .body("escalationLadders.'response:*'.percent", equalTo(java.util.List.of(80, 100, 200)))
                .body("restorePolicies.find { it.fallback }.allowance", equalTo("24 HOURS"))
                .body("escalationLadders.'*'.percent", equalTo(java.util.List.of(50, 80, 100, 150, 200)))
                .body("calendarZone", equalTo("Asia/Shanghai"));
    }

    @Test
    void anUnknownTicketHasNoClock() {
        ops().get("/sla/clocks/{id}", "TT-NOBODY-" + Instant.now().toEpochMilli()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("TT-NOBODY-"));
    }

    @Test
    void theComplianceViewGroupsResolvedTicketsByTierServiceAndArea() {
        String area = "AREA-REPORT-" + Tickets.newId();
        TicketClassification classification = Tickets.eightHours(area);
        Instant opened = clock.instant();
        try (TopicWatcher stops = TestKafka.watch(Topics.SLA_CLOCK_STOPPED)) {
            String[] ids = {Tickets.newId(), Tickets.newId(), Tickets.newId()};
            int[] hoursToRestore = {2, 4, 9};
            for (int i = 0; i < ids.length; i++) {
                TestKafka.publish(Tickets.opened(ids[i], classification, opened));
                TestKafka.publish(Tickets.resolved(ids[i], classification, opened.plus(Duration.ofHours(hoursToRestore[i]))));
            }
            for (String id : ids) {
                stops.awaitEvent(SlaClockStopped.class, TopicWatcher.clockOf(id, SlaClocks.RESTORE));
                stops.awaitEvent(SlaClockStopped.class, TopicWatcher.clockOf(id, "work-order"));
            }
        }
        LocalDate day = opened.atZone(BusinessCalendar.CHINA).toLocalDate();
        ops().queryParam("from", day.minusDays(1).toString()).queryParam("to", day.plusDays(2).toString())
                .get("/sla/compliance").then().statusCode(200)
                .body("zone", equalTo("Asia/Shanghai"))
                .body("groups.findAll { it.areaCode == '" + area + "' }", hasSize(1))
                .body("groups.find { it.areaCode == '" + area + "' }.tickets", equalTo(3))
                .body("groups.find { it.areaCode == '" + area + "' }.breaches", equalTo(1))
                .body("groups.find { it.areaCode == '" + area + "' }.metShare", equalTo(0.6666667f))
                .body("groups.find { it.areaCode == '" + area + "' }.meanTimeToRestore", equalTo("PT5H"))
                .body("groups.find { it.areaCode == '" + area + "' }.p90TimeToRestore", equalTo("PT8H"))
                .body("groups.customerTier", hasItem("ORDINARY"))
                // No work order came within 10 minutes: the resolution met each ticket's work-order milestone, late.
                .body("responseClocks.find { it.clock == 'work-order' }.groups.find { it.areaCode == '" + area
                        + "' }.tickets", equalTo(3))
                .body("responseClocks.find { it.clock == 'work-order' }.groups.find { it.areaCode == '" + area
                        + "' }.breaches", equalTo(3))
                .body("responseClocks.find { it.clock == 'work-order' }.groups.find { it.areaCode == '" + area
                        + "' }.meanTimeToRestore", equalTo("PT5H"))
                .body("responseClocks.clock", hasItem("complaint-reply"));
    }

    @Test
    void aBadPeriodIsAProblem() {
        ops().queryParam("from", "2026-13-01").queryParam("to", "2026-12-01").get("/sla/compliance").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'from'"));
        ops().queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get("/sla/compliance").then()
                .statusCode(400).body("detail", containsString("after"));
        ops().get("/sla/compliance").then().statusCode(400).body("detail", containsString("required"));
    }
}
