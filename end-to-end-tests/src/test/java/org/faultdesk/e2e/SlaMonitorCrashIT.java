package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.faultdesk.e2e.SupervisorAlerts.Alert;
import org.faultdesk.e2e.SupervisorAlerts.Fired;
import org.faultdesk.e2e.Supervisors.Supervisor;
import org.faultdesk.e2e.TestLadder.Stage;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * sla-monitor is killed with SIGKILL just before its next stages fall due, stays down while they
 * do, and is started again: every stage is raised exactly once (none lost, none doubled) and
 * every supervisor hears of it once.
 */
@ExtendWith(PlatformExtension.class)
class SlaMonitorCrashIT {

    private static final String AREA = "E2E-CRASH-A";
    private static final CustomerTier TIER = CustomerTier.A;
    private static final Duration ALLOWANCE = Duration.ofMinutes(1); // sla/e2e-restore-policies.csv
    private static final int TICKETS = 3;
    /** As in UnstaffedAreaEscalationIT: the 1 s target plus a margin for a busy 2-core machine. */
    private static final Duration LATENESS = Duration.ofSeconds(3);

    @Test
    void stagesThatFellDueWhileSlaMonitorWasDownAreRaisedOnceAfterItsRestartAndToldOnce(Platform platform) {
        Map<EscalationRole, Supervisor> supervisors = Supervisors.registerFor(platform, AREA);
        List<Stage> ladder = TestLadder.of(TIER);
        List<Alert> alerts = SupervisorAlerts.of(ladder);

        try (TopicWatcher warnings = TestKafka.watch(Topics.SLA_WARNING_RAISED);
             TopicWatcher escalations = TestKafka.watch(Topics.TICKET_ESCALATED)) {

            Map<String, Instant> clockStarts = Tickets.openFaultsWithClocks(platform, TIER, AREA, TICKETS, "Wu Gang");
            Instant firstStart = Collections.min(clockStarts.values());
            Instant lastStart = Collections.max(clockStarts.values());

            // The first stage fires while sla-monitor runs: it works before the crash.
            for (String ticketId : clockStarts.keySet()) {
                warnings.awaitEvents(SlaWarningRaised.class, ticketId, 1, ALLOWANCE);
            }
            Instant secondDue = ladder.get(1).dueAt(firstStart, ALLOWANCE);
            assertThat(Instant.now()).as("the kill must come before the second stage falls due").isBefore(secondDue);
            platform.slaMonitor().kill();
            Instant killed = Instant.now();

            // Down while every stage but the last falls due for every ticket.
            Instant downUntil = ladder.get(ladder.size() - 2).dueAt(lastStart, ALLOWANCE).plusSeconds(1);
            await("stages falling due while sla-monitor is down").atMost(ALLOWANCE.multipliedBy(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Instant.now().isAfter(downUntil));
            Instant restarting = Instant.now();
            platform.slaMonitor().start();
            Instant ready = Instant.now();

            Duration lastStageDue = Duration.between(Instant.now(), ladder.get(ladder.size() - 1).dueAt(lastStart, ALLOWANCE));
            for (String ticketId : clockStarts.keySet()) {
                SupervisorAlerts.awaitRaised(warnings, escalations, ticketId, alerts,
                        lastStageDue.plus(Duration.ofSeconds(30)));
            }
            SupervisorAlerts.awaitEachToldOnce(new Inbox(platform), supervisors, alerts, clockStarts.keySet(),
                    Duration.ofSeconds(90));

            List<String> whileDown = new ArrayList<>();
            clockStarts.forEach((ticketId, start) -> {
                Map<Alert, Fired> once = SupervisorAlerts.raisedOncePerAlert(ticketId, alerts,
                        SupervisorAlerts.raised(warnings, escalations, ticketId));
                System.out.printf("SlaMonitorCrashIT: %s, ms after due time: %s (killed %s, restarted %s, ready %s)%n",
                        ticketId, SupervisorAlerts.latenessMillis(once), killed, restarting, ready);
                SupervisorAlerts.assertDueAtItsShareOfTheAllowance(once, start, ALLOWANCE);
                once.forEach((alert, event) -> {
                    if (event.dueAt().isBefore(ready) && event.occurredAt().isAfter(restarting)) {
                        // Due while down (or starting): raised by the restarted instance, at its first polls.
                        whileDown.add(ticketId + " " + alert);
                        assertThat(event.occurredAt()).as("%s raised soon after the restart", alert)
                                .isBefore(ready.plus(LATENESS));
                    } else {
                        assertThat(event.lateness()).as("%s fired %s after its due time", alert, event.lateness())
                                .isBetween(Duration.ZERO, LATENESS);
                    }
                });
            });
            long betweenFirstAndLastStage = alerts.stream()
                    .filter(alert -> alert.stage().number() > 1 && alert.stage().number() < ladder.size()).count();
            assertThat(whileDown).as("alerts that fell due while sla-monitor was down")
                    .hasSizeGreaterThanOrEqualTo((int) (TICKETS * betweenFirstAndLastStage));
        }
    }
}
