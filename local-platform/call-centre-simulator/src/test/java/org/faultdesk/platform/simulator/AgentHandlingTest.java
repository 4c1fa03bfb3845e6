package org.faultdesk.platform.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.faultdesk.events.TicketKind;
import org.junit.jupiter.api.Test;

class AgentHandlingTest {

    @Test
    void leavesFaultsAndInstallationsToTheTechnicians() {
        assertThat(AgentHandling.timeToResolve(TicketKind.FAULT, new Random(1))).isEmpty();
        assertThat(AgentHandling.timeToResolve(TicketKind.INSTALLATION, new Random(1))).isEmpty();
    }

    @Test
    void answersConsultationsInSecondsAndSettlesComplaintsAroundTheirTwoMinuteDemoDeadline() {
        Random random = new Random(2);
        boolean someLate = false;
        boolean someInTime = false;
        for (int i = 0; i < 200; i++) {
            assertThat(AgentHandling.timeToResolve(TicketKind.CONSULTATION, random).orElseThrow())
                    .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(20));
            Duration complaint = AgentHandling.timeToResolve(TicketKind.COMPLAINT, random).orElseThrow();
            assertThat(complaint).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(150));
            someLate |= complaint.compareTo(Duration.ofMinutes(2)) > 0;
            someInTime |= complaint.compareTo(Duration.ofMinutes(2)) < 0;
        }
        assertThat(someLate).isTrue();
        assertThat(someInTime).isTrue();
        assertThat(AgentHandling.resolutionCode(TicketKind.CONSULTATION)).isEqualTo("ANSWERED_ON_THE_PHONE");
    }
}
