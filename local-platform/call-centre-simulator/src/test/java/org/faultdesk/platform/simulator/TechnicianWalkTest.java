package org.faultdesk.platform.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.faultdesk.platform.simulator.TechnicianWalk.Step;
import org.junit.jupiter.api.Test;

class TechnicianWalkTest {

    @Test
    void walksAcceptEnRouteArrivalCompletion() {
        assertThat(TechnicianWalk.next("ASSIGNED")).contains(Step.ACCEPT);
        assertThat(TechnicianWalk.next("ACCEPTED")).contains(Step.SET_OFF);
        assertThat(TechnicianWalk.next("BOOKED")).contains(Step.SET_OFF);
        assertThat(TechnicianWalk.next("EN_ROUTE")).contains(Step.ARRIVE);
        assertThat(TechnicianWalk.next("ON_SITE")).contains(Step.COMPLETE);
        assertThat(Step.values()).extracting(Step::path).containsExactly("accept", "en-route", "arrival", "completion");
    }

    @Test
    void leavesOrdersThatWaitForSomeoneElseOrAreClosed() {
        for (String status : new String[] {"WAITING", "AWAITING_REBOOKING", "COMPLETED", "CANCELLED"}) {
            assertThat(TechnicianWalk.next(status)).as(status).isEmpty();
        }
    }

    @Test
    void pausesForSecondsLikeAPerson() {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            assertThat(TechnicianWalk.pause(Step.ACCEPT, "FAULT", null, random)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(8));
            assertThat(TechnicianWalk.pause(Step.ARRIVE, "FAULT", Duration.ofMinutes(10), random))
                    .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(15));
        }
    }

    @Test
    void aboutOneRepairInFiveIsDifficultAndTakesOneToTwoMinutes() {
        Random random = new Random(4);
        int difficult = 0;
        for (int i = 0; i < 1000; i++) {
            Duration repair = TechnicianWalk.pause(Step.COMPLETE, "FAULT", Duration.ofMinutes(10), random);
            assertThat(repair).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(120));
            if (repair.compareTo(Duration.ofSeconds(45)) >= 0) {
                difficult++;
            }
        }
        assertThat(difficult).isBetween(150, 250);
    }

    @Test
    void anInstallationAlwaysTakesOneToTwoMinutes() {
        Random random = new Random(6);
        for (int i = 0; i < 200; i++) {
            assertThat(TechnicianWalk.pause(Step.COMPLETE, "INSTALLATION", Duration.ofMinutes(10), random))
                    .isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
        }
    }

    @Test
    void hurriesWhenTheDeadlineIsWithinTwoMinutes() {
        Duration relaxed = TechnicianWalk.pause(Step.ARRIVE, "FAULT", Duration.ofMinutes(5), new Random(5));
        Duration hurried = TechnicianWalk.pause(Step.ARRIVE, "FAULT", Duration.ofSeconds(90), new Random(5));
        Duration overdue = TechnicianWalk.pause(Step.ARRIVE, "FAULT", Duration.ofSeconds(-30), new Random(5));

        assertThat(hurried.toMillis()).isEqualTo(relaxed.toMillis() / 2);
        assertThat(overdue).isEqualTo(hurried);
    }

    @Test
    void completesWithACodeThatFitsTheWorkAndTheCustomersSignature() {
        Random random = new Random(7);
        Map<String, Object> installation = TechnicianWalk.completion("INSTALLATION", "HOME_BROADBAND", random);
        Map<String, Object> homeRepair = TechnicianWalk.completion("FAULT", "HOME_BROADBAND", random);
        Map<String, Object> leasedLine = TechnicianWalk.completion("FAULT", "DATA_LEASED_LINE", random);

        assertThat(installation).containsEntry("resolutionCode", "INSTALLED").containsEntry("customerSignedOff", true);
        assertThat(homeRepair.get("resolutionCode")).isIn("ONT_REPLACED", "DROP_FIBRE_SPLICED", "ROUTER_RECONFIGURED");
        assertThat(leasedLine.get("resolutionCode")).isIn("FIBRE_SPLICED", "LINE_CARD_REPLACED", "CPE_REPLACED");
        assertThat(leasedLine).containsEntry("customerSignedOff", true).containsKey("notes");
    }
}
