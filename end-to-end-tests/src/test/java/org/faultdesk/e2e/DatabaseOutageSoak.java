package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.e2e.Timeline.awaitInstant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.faultdesk.e2e.SupervisorAlerts.Alert;
import org.faultdesk.e2e.SupervisorAlerts.Fired;
import org.faultdesk.e2e.Supervisors.Supervisor;
import org.faultdesk.e2e.TestLadder.Stage;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.platform.launch.ServiceProcess;
import org.faultdesk.platform.test.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The long outage, outside {@code ./mvnw verify} (its name does not end in IT; run it with
 * {@code -Dit.test=DatabaseOutageSoak}): PostgreSQL, shared by the four services, stopped for
 * 2 minutes across every stage of three A faults' ladders, under a steady intake. Midway every
 * service reports itself not ready; afterwards every ticket a caller was given has its clock and
 * each fault its work order, every stage was raised exactly once (as soon as the database was
 * back, at its original due time) and every supervisor told once, nothing was dead-lettered, every
 * service is ready again. The lateness of the stages is printed (figures in docs/reliability.md).
 */
@ExtendWith(PlatformExtension.class)
class DatabaseOutageSoak {

    private static final String AREA = "E2E-SOAK-DB";
    private static final CustomerTier TIER = CustomerTier.A;
    private static final Duration ALLOWANCE = Duration.ofMinutes(1); // sla/e2e-restore-policies.csv
    private static final int FAULTS = 3;
    private static final int CALLERS = 2;
    private static final Duration CALLER_PAUSE = Duration.ofMillis(200);
    private static final Duration DATABASE_DOWN = Duration.ofMinutes(2);
    /** A stage that fell due while the database was away is raised within this of its return. */
    private static final Duration AFTER_RETURN = Duration.ofSeconds(15);

    @Test
    void twoMinutesWithoutTheDatabaseLoseNothingAndRaiseEveryStageOnceWhenItIsBack(Platform platform) throws Exception {
        Map<EscalationRole, Supervisor> supervisors = Supervisors.registerFor(platform, AREA);
        List<Stage> ladder = TestLadder.of(TIER);
        List<Alert> alerts = SupervisorAlerts.of(ladder);
        String channel = "e2e-soak-" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, Instant> clockStarts = Tickets.openFaultsWithClocks(platform, TIER, AREA, FAULTS, "He Ping");
        Instant firstStart = Collections.min(clockStarts.values());
        Intake intake = new Intake(platform, channel, CALLERS, CALLER_PAUSE);
        Timeline.Outage outage;
        List<String> readyMidway = new ArrayList<>();
        try (intake) {
            awaitInstant(ladder.get(0).dueAt(firstStart, ALLOWANCE).minusSeconds(10));
            LocalPostgres.stop();
            Instant stopped = Instant.now();
            Instant starting;
            try {
                awaitInstant(stopped.plus(DATABASE_DOWN.dividedBy(2)));
                platform.services().stream().filter(ServiceProcess::isReady).map(ServiceProcess::name).forEach(readyMidway::add);
                awaitInstant(stopped.plus(DATABASE_DOWN));
            } finally {
                starting = Instant.now();
                LocalPostgres.start();
            }
            // Until the start was asked for: the cluster accepts connections during LocalPostgres.start().
            outage = new Timeline.Outage("database down", stopped, starting);
            int atReturn = intake.acknowledged();
            await("tickets after the database's return").atMost(Duration.ofSeconds(60))
                    .until(() -> intake.acknowledged() >= atReturn + 20);
        }
        assertThat(readyMidway).as("services reporting ready with their database away for a minute").isEmpty();
        for (ServiceProcess service : platform.services()) {
            service.awaitReady(Duration.ofSeconds(90));
        }

        Set<String> complaints = intake.answers().values().stream().map(Intake.Answer::ticketId).collect(Collectors.toSet());
        try (Aftermath after = new Aftermath()) {
            after.awaitOpenedWithClocks(complaints, Duration.ofSeconds(120));
            after.awaitWorkOrdersCreated(clockStarts.keySet(), Duration.ofSeconds(60));
            after.awaitRaised(clockStarts.keySet(), alerts, Duration.ofSeconds(60));
            SupervisorAlerts.awaitEachToldOnce(new Inbox(platform), supervisors, alerts, clockStarts.keySet(),
                    Duration.ofSeconds(120));

            List<Long> lateness = new ArrayList<>();
            clockStarts.forEach((ticketId, start) -> {
                Map<Alert, Fired> once = after.raisedOncePerAlert(ticketId, alerts);
                SupervisorAlerts.assertDueAtItsShareOfTheAllowance(once, start, ALLOWANCE);
                once.forEach((alert, fired) -> {
                    assertThat(fired.dueAt()).as("%s due while the database was away", alert).isBetween(outage.from(), outage.to());
                    assertThat(fired.occurredAt()).as("%s raised soon after the database's return", alert)
                            .isBetween(outage.to(), outage.to().plus(AFTER_RETURN));
                    lateness.add(fired.lateness().toMillis());
                });
            });
            Set<String> ours = new HashSet<>(complaints);
            ours.addAll(clockStarts.keySet());
            Timeline.assertNothingDeadLettered(ours);

            Collections.sort(lateness);
            System.out.printf("DatabaseOutageSoak: %s; %d tickets acknowledged (%d answered 503 and retried); services ready"
                            + " midway: %s; stage lateness ms (all due while it was down): %s%n",
                    outage, complaints.size(), intake.refused(), readyMidway, lateness);
        }
    }
}
