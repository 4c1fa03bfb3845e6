package org.faultdesk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.faultdesk.e2e.SupervisorAlerts.Alert;
import org.faultdesk.e2e.SupervisorAlerts.Fired;
import org.faultdesk.e2e.Supervisors.Supervisor;
import org.faultdesk.e2e.TestLadder.Stage;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fault where no technician covers the area: nobody restores it, so the whole ladder runs —
 * warnings and escalations at their share of the (compressed) allowance, each supervisor told
 * once by e-mail and once by SMS.
 */
@ExtendWith(PlatformExtension.class)
class UnstaffedAreaEscalationIT {

    private static final String AREA = "E2E-NOBODY-AA";
    private static final CustomerTier TIER = CustomerTier.AA;
    private static final Duration ALLOWANCE = Duration.ofMinutes(1); // sla/e2e-restore-policies.csv
    /**
     * How late a stage may leave after its due time. The design's target is within a second; the
     * margin is for this 2-core machine running four services, a broker and the test at once.
     */
    private static final Duration LATENESS = Duration.ofSeconds(3);

    @Test
    void warningsAndEscalationsFallDueOnTimeAndEachSupervisorIsToldOnce(Platform platform) {
        given().baseUri(platform.dispatchService().baseUrl()).queryParam("area", AREA)
                .when().get("/technicians")
                .then().statusCode(200).body("", empty());
        Map<EscalationRole, Supervisor> supervisors = Supervisors.registerFor(platform, AREA);
        List<Stage> ladder = TestLadder.of(TIER);
        List<Alert> alerts = SupervisorAlerts.of(ladder);
        Duration wholeLadder = ALLOWANCE.multipliedBy(ladder.get(ladder.size() - 1).percent()).dividedBy(100);

        try (TopicWatcher clockStarted = TestKafka.watch(Topics.SLA_CLOCK_STARTED);
             TopicWatcher workOrders = TestKafka.watch(Topics.WORK_ORDER_UPDATED);
             TopicWatcher warnings = TestKafka.watch(Topics.SLA_WARNING_RAISED);
             TopicWatcher escalations = TestKafka.watch(Topics.TICKET_ESCALATED)) {

            String ticketId = Tickets.openLeasedLineFault(platform, TIER, AREA, Customer.named("Zhou Min", "ops.zhou"));

            SlaClockStarted clock = clockStarted.awaitEvent(SlaClockStarted.class, ticketId);
            assertThat(clock.policyKey()).isEqualTo("e2e-internet-city-aa");
            assertThat(clock.allowance()).isEqualTo(new Allowance(1, Allowance.Unit.MINUTES));
            WorkOrderUpdated waiting = EventJson.read(workOrders.awaitRecord(r -> ticketId.equals(r.key())
                    && EventJson.read(r.value(), WorkOrderUpdated.class).action() == WorkOrderAction.WAITING_FOR_TECHNICIAN)
                    .value(), WorkOrderUpdated.class);
            assertThat(waiting.technicianId()).isNull();

            SupervisorAlerts.awaitRaised(warnings, escalations, ticketId, alerts, wholeLadder.plus(Duration.ofSeconds(30)));
            SupervisorAlerts.awaitEachToldOnce(new Inbox(platform), supervisors, alerts, List.of(ticketId), Duration.ofSeconds(60));

            Map<Alert, Fired> once = SupervisorAlerts.raisedOncePerAlert(ticketId, alerts,
                    SupervisorAlerts.raised(warnings, escalations, ticketId));
            SupervisorAlerts.assertDueAtItsShareOfTheAllowance(once, clock.startedAt(), ALLOWANCE);
            once.forEach((alert, event) -> assertThat(event.lateness())
                    .as("%s fired %s after its due time", alert, event.lateness())
                    .isBetween(Duration.ZERO, LATENESS));
            System.out.printf("UnstaffedAreaEscalationIT: %s, %d alerts raised once each, ms after their due time: %s%n",
                    ticketId, once.size(), SupervisorAlerts.latenessMillis(once));
        }
    }
}
