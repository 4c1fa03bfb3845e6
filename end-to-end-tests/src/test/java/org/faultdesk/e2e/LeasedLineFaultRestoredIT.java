package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's main promise, across the four processes: an AAA enterprise's internet leased
 * line fails; the ticket is opened, dispatched to the one technician of that area with that skill,
 * worked in the field, resolved, its clock stops within the deadline, and the customer is told.
 */
@ExtendWith(PlatformExtension.class)
class LeasedLineFaultRestoredIT {

    private static final String AREA = "E2E-TIANHE-LL";
    private static final String TECHNICIAN = "T-E2E-LL-RIGHT";
    private static final Duration AAA_ALLOWANCE = Duration.ofMinutes(2); // sla/e2e-restore-policies.csv

    @Test
    void anAaaLeasedLineFaultIsDispatchedRestoredWithinItsDeadlineAndTheCustomerIsTold(Platform platform) {
        // Only one technician is eligible: the others lack the skill, the area or are off duty.
        registerTechnician(platform, TECHNICIAN, AREA, "INTERNET_LEASED_LINE", true);
        registerTechnician(platform, "T-E2E-LL-BROADBAND", AREA, "HOME_BROADBAND", true);
        registerTechnician(platform, "T-E2E-LL-ELSEWHERE", "E2E-HAIZHU-LL", "INTERNET_LEASED_LINE", true);
        registerTechnician(platform, "T-E2E-LL-OFFDUTY", AREA, "INTERNET_LEASED_LINE", false);
        Customer customer = Customer.named("Li Na, Pearl River Trading", "it-manager.pearl");

        try (TopicWatcher opened = TestKafka.watch(Topics.TICKET_OPENED);
             TopicWatcher dispatched = TestKafka.watch(Topics.TICKET_DISPATCHED);
             TopicWatcher clockStarted = TestKafka.watch(Topics.SLA_CLOCK_STARTED);
             TopicWatcher clockStopped = TestKafka.watch(Topics.SLA_CLOCK_STOPPED)) {

            String ticketId = Tickets.openLeasedLineFault(platform, CustomerTier.AAA, AREA, customer);

            TicketOpened opening = opened.awaitEvent(TicketOpened.class, ticketId);
            assertThat(opening.classification().customerTier()).isEqualTo(CustomerTier.AAA);
            assertThat(opening.classification().areaCode()).isEqualTo(AREA);

            SlaClockStarted clock = clockStarted.awaitEvent(SlaClockStarted.class,
                    TopicWatcher.clockOf(ticketId, SlaClocks.RESTORE));
            assertThat(clock.policyKey()).as("the compressed test policy is in force").isEqualTo("e2e-internet-city-aaa");
            assertThat(clock.restoreDeadline()).isEqualTo(opening.openedAt().plus(AAA_ALLOWANCE));

            TicketDispatched dispatch = dispatched.awaitEvent(TicketDispatched.class, ticketId);
            assertThat(dispatch.technicianId()).isEqualTo(TECHNICIAN);
            assertThat(dispatch.reason()).isEqualTo(TicketDispatched.Reason.FIRST_ASSIGNMENT);
            // Dispatch's work order, created at once, meets the ticket's 10-minute work-order response clock.
            SlaClockStopped workOrder = clockStopped.awaitEvent(SlaClockStopped.class,
                    TopicWatcher.clockOf(ticketId, "work-order"));
            assertThat(workOrder.outcome()).isEqualTo(SlaOutcome.MET);
            assertThat(workOrder.timeToRestore()).isLessThan(Duration.ofMinutes(10));

            String visit = "/technicians/" + TECHNICIAN + "/work-orders/" + dispatch.workOrderId();
            step(platform, visit + "/accept", null, "ACCEPTED");
            step(platform, visit + "/en-route", null, "EN_ROUTE");
            step(platform, visit + "/arrival", null, "ON_SITE");
            step(platform, visit + "/completion",
                    "{\"resolutionCode\": \"CPE_REPLACED\", \"notes\": \"CPE replaced, line up\", \"customerSignedOff\": true}",
                    "COMPLETED");

            await("ticket " + ticketId + " resolved in ticket-service").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> platform.asAgentOf(Tickets.CHANNEL)
                            .when().get(Tickets.PATH + "/" + ticketId)
                            .then().statusCode(200)
                            .body("status", equalTo("resolved"))
                            .body("resolutionCode", equalTo("CPE_REPLACED")));

            SlaClockStopped stop = clockStopped.awaitEvent(SlaClockStopped.class,
                    TopicWatcher.clockOf(ticketId, SlaClocks.RESTORE));
            assertThat(stop.outcome()).isEqualTo(SlaOutcome.MET);
            assertThat(stop.restoreDeadline()).isEqualTo(clock.restoreDeadline());
            assertThat(stop.stoppedAt()).isBefore(stop.restoreDeadline());
            assertThat(stop.timeToRestore()).isPositive().isLessThan(AAA_ALLOWANCE);

            await("ticket-service shows the outcome, the work order's response beside it").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> platform.asAgentOf(Tickets.CHANNEL)
                            .when().get(Tickets.PATH + "/" + ticketId)
                            .then().body("slaOutcome", equalTo("MET"))
                            .body("responseDeadline.find { it.clock == 'work-order' }.state", equalTo("MET")));

            Inbox inbox = new Inbox(platform);
            await("the customer is told of the restoration by e-mail and SMS").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> {
                        assertThat(inbox.mailsTo(customer.email(), ticketId))
                                .filteredOn(mail -> mail.subject().contains("restored"))
                                .singleElement()
                                .satisfies(mail -> assertThat(mail.body()).contains(ticketId, customer.name()));
                        assertThat(inbox.smsTo(customer.phone(), ticketId))
                                .filteredOn(text -> text.contains("restored"))
                                .singleElement()
                                .satisfies(text -> assertThat(text).contains(ticketId, customer.name()));
                    });

            // Then the customer-service centre calls the customer back (回访): satisfied, the ticket is closed.
            platform.asAgentOf(Tickets.CHANNEL).when().get(Tickets.PATH + "/" + ticketId).then()
                    .body("callback.state", equalTo("OPEN"));
            platform.asAgentOf(Tickets.CHANNEL).contentType(ContentType.JSON)
                    .body("{\"reached\": true, \"satisfaction\": \"satisfied\"}")
                    .when().post("/callbacks/" + ticketId + "/attempts")
                    .then().statusCode(200).body("state", equalTo("REACHED"));
            platform.asAgentOf(Tickets.CHANNEL).when().get(Tickets.PATH + "/" + ticketId).then()
                    .body("status", equalTo("closed")).body("callback.satisfaction", equalTo("SATISFIED"));
        }
    }

    private static void registerTechnician(Platform platform, String id, String area, String skill, boolean onDuty) {
        platform.as(platform.dispatchService(), "dispatcher-e2e", "dispatcher").contentType(ContentType.JSON)
                .body("""
                        {"id": "%s", "name": "%s (e2e)", "maintenanceCompany": "Faultdesk e2e crew", "outsourced": false,
                         "teamId": "TEAM-%s", "areaCodes": ["%s"], "skills": ["%s"],
                         "shiftSchedule": "MON-SUN 00:00-24:00", "maxOpenOrders": 3, "onDuty": %s}
                        """.formatted(id, id, area, area, skill, onDuty))
                .when().post("/technicians")
                .then().statusCode(201);
    }

    private static void step(Platform platform, String path, String body, String expectedStatus) {
        var request = platform.as(platform.dispatchService(), TECHNICIAN, "technician");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.when().post(path).then().statusCode(200).body("status", equalTo(expectedStatus));
    }
}
