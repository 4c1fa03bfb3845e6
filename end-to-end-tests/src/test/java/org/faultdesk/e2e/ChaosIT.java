package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.e2e.Timeline.awaitInstant;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.faultdesk.e2e.SupervisorAlerts.Alert;
import org.faultdesk.e2e.SupervisorAlerts.Fired;
import org.faultdesk.e2e.Supervisors.Supervisor;
import org.faultdesk.e2e.TestLadder.Stage;
import org.faultdesk.e2e.Timeline.Outage;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.launch.ServiceProcess;
import org.faultdesk.platform.test.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chaos, in one ladder's time: under a steady intake, while the escalation ladders of three A
 * faults run (stages at 50, 80, 100, 150 and 200 % of a 1-minute allowance), PostgreSQL, shared
 * by all four services, is stopped for 20 s across the first stage; then the Kafka broker is
 * killed with SIGKILL across the third and started again on its data 15 s later; then the SMS
 * gateway answers only after 10 s (past notification-service's 5 s timeout) for 25 s across the
 * fifth.
 *
 * <p>Afterwards: every ticket a caller was given is on {@code ticket-opened} with its clock (the
 * faults' on the test policy of a 1-minute allowance), each fault has its work order, waiting for
 * a technician since nobody covers the area (which is why the whole ladder runs), every stage was raised exactly once and every supervisor told once,
 * nothing is on any dead-letter topic, every service is ready again; while the SMS gateway is slow,
 * the e-mails of the stages falling due go out on time all the same. The lateness of each stage
 * (raised minus due) is printed, split by what was down when it fell due.
 */
@ExtendWith(PlatformExtension.class)
class ChaosIT {

    private static final String AREA = "E2E-CHAOS";
    private static final CustomerTier TIER = CustomerTier.A;
    private static final Duration ALLOWANCE = Duration.ofMinutes(1); // sla/e2e-restore-policies.csv
    private static final int FAULTS = 3;
    private static final int CALLERS = 2;
    /** Between one caller's tickets: about 10 tickets a second in all, a steady load the machine keeps up with. */
    private static final Duration CALLER_PAUSE = Duration.ofMillis(200);
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(20);
    private static final Duration BROKER_DOWN = Duration.ofSeconds(15);
    /** After a part is back: the consumers' and workers' backoffs (at most 5 s) and their reconnection. */
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    /** A stage due with everything up fires within this of its due time (as in the other tests). */
    private static final Duration LATENESS = Duration.ofSeconds(3);
    /** An SMS gateway this slow to answer is past notification-service's 5 s timeout: every attempt fails. */
    private static final Duration SLOW_SMS = Duration.ofSeconds(10);
    private static final Duration SMS_SLOW = Duration.ofSeconds(25);
    /**
     * An e-mail alert due while the SMS gateway is slow is sent within this of its due time: its
     * raising (3 s), the e-mail queue's own pass, and the Date header's whole seconds. Behind the
     * failing SMS attempts (5 s each) it would be later.
     */
    private static final Duration EMAIL_ON_TIME = Duration.ofSeconds(6);

    @Test
    void aDatabaseOutageABrokerCrashAndASlowSmsGatewayLoseNothingAndRaiseEveryStageOnce(Platform platform) throws Exception {
        Map<EscalationRole, Supervisor> supervisors = Supervisors.registerFor(platform, AREA);
        List<Stage> ladder = TestLadder.of(TIER);
        List<Alert> alerts = SupervisorAlerts.of(ladder);
        String channel = "e2e-chaos-" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, Instant> clockStarts = Tickets.openFaultsWithClocks(platform, TIER, AREA, FAULTS, "Lin Tao");
        Instant firstStart = Collections.min(clockStarts.values());
        Instant lastStart = Collections.max(clockStarts.values());
        List<Outage> outages = new ArrayList<>();
        Intake intake = new Intake(platform, channel, CALLERS, CALLER_PAUSE);
        int takenWhileBrokerDown;
        try (intake) {
            // PostgreSQL down across the first stage (50 %: 30 s after the start).
            outages.add(databaseDown(ladder.get(0).dueAt(firstStart, ALLOWANCE).minusSeconds(10)));
            // The broker killed across the third stage (100 %: 60 s after the start).
            Instant brokerKill = ladder.get(2).dueAt(firstStart, ALLOWANCE).minusSeconds(5);
            assertThat(Instant.now()).as("the database's recovery must end before the broker's kill").isBefore(brokerKill);
            awaitInstant(brokerKill);
            platform.killBroker();
            Instant killed = Instant.now();
            int atKill = intake.acknowledged();
            awaitInstant(killed.plus(BROKER_DOWN));
            takenWhileBrokerDown = intake.acknowledged() - atKill;
            platform.restartBroker();
            outages.add(new Outage("broker down", killed, Instant.now()));
            int atRestart = intake.acknowledged();
            await("tickets after the restart").atMost(Duration.ofSeconds(60))
                    .until(() -> intake.acknowledged() >= atRestart + 20);
            // The SMS gateway slow across the fifth stage (200 %: 120 s after the start), clear of the broker's recovery.
            outages.add(smsGatewaySlow(platform, ladder.get(4).dueAt(firstStart, ALLOWANCE).minusSeconds(5)));
        }
        assertThat(takenWhileBrokerDown).as("tickets taken while the broker was down (the outbox holds them)").isPositive();
        for (ServiceProcess service : platform.services()) {
            service.awaitReady(Duration.ofSeconds(90));
        }

        Set<String> complaints = intake.answers().values().stream().map(Intake.Answer::ticketId).collect(Collectors.toSet());
        try (Aftermath after = new Aftermath()) {
            after.awaitOpenedWithClocks(complaints, Duration.ofSeconds(120));
            after.awaitWorkOrdersCreated(clockStarts.keySet(), Duration.ofSeconds(60));
            for (String fault : clockStarts.keySet()) {
                // Nobody covers the area: the order waits for a technician, which is why the whole ladder runs.
                WorkOrderUpdated waiting = EventJson.read(after.workOrders.awaitRecord(r -> fault.equals(r.key())
                        && EventJson.read(r.value(), WorkOrderUpdated.class).action() == WorkOrderAction.WAITING_FOR_TECHNICIAN)
                        .value(), WorkOrderUpdated.class);
                assertThat(waiting.technicianId()).as("technician of %s's waiting order", fault).isNull();
                SlaClockStarted clock = EventJson.read(after.clocks.awaitRecord(r -> fault.equals(r.key())).value(), SlaClockStarted.class);
                assertThat(clock.policyKey()).as("policy of %s", fault).isEqualTo("e2e-internet-city-a");
                assertThat(clock.allowance()).isEqualTo(new Allowance(1, Allowance.Unit.MINUTES));
            }

            after.awaitRaised(clockStarts.keySet(), alerts, Duration.ofSeconds(60));
            SupervisorAlerts.awaitEachToldOnce(new Inbox(platform), supervisors, alerts, clockStarts.keySet(),
                    Duration.ofSeconds(120));

            Map<String, List<Long>> latenessByState = new TreeMap<>();
            Map<String, List<Long>> smsLatenessByState = new TreeMap<>();
            Outage smsSlow = outages.get(2);
            Inbox inbox = new Inbox(platform);
            List<Long> emailsWhileSmsSlow = new ArrayList<>();
            clockStarts.forEach((ticketId, start) -> {
                Map<Alert, Fired> once = after.raisedOncePerAlert(ticketId, alerts);
                SupervisorAlerts.assertDueAtItsShareOfTheAllowance(once, start, ALLOWANCE);
                once.forEach((alert, fired) -> {
                    String state = outages.stream().filter(o -> o.covers(fired.dueAt(), RECOVERY)).map(Outage::what)
                            .findFirst().orElse("all up");
                    latenessByState.computeIfAbsent(state, s -> new ArrayList<>()).add(fired.lateness().toMillis());
                    // "Told at": when the gateway first accepted the supervisor's SMS of this stage.
                    Instant told = inbox.smsAcceptedAt(supervisors.get(alert.role()).phone(), ticketId, alert.wording()).orElseThrow();
                    smsLatenessByState.computeIfAbsent(state, s -> new ArrayList<>()).add(Duration.between(fired.dueAt(), told).toMillis());
                    if (state.equals("all up")) {
                        assertThat(fired.lateness()).as("%s, due with everything up, fired %s late", alert, fired.lateness())
                                .isBetween(Duration.ZERO, LATENESS);
                    }
                    if (state.equals(smsSlow.what())) {
                        Instant sent = inbox.mailsTo(supervisors.get(alert.role()).email(), ticketId).stream()
                                .filter(mail -> mail.subject().contains(alert.wording())).findFirst().orElseThrow().sentAt();
                        Duration late = Duration.between(fired.dueAt(), sent);
                        emailsWhileSmsSlow.add(late.toMillis());
                        assertThat(late).as("e-mail of %s while the SMS gateway is slow, sent %s after due", alert, late)
                                .isLessThan(EMAIL_ON_TIME);
                    }
                });
            });
            assertThat(latenessByState).as("stages fell due during each outage")
                    .containsKeys("database down", "broker down", smsSlow.what());

            Set<String> ours = new HashSet<>(complaints);
            ours.addAll(clockStarts.keySet());
            Timeline.assertNothingDeadLettered(ours);
            latenessByState.values().forEach(Collections::sort);
            smsLatenessByState.values().forEach(Collections::sort);
            System.out.printf("ChaosIT: %s; %d tickets acknowledged (%d answered 503 and retried, %d while the broker"
                            + " was down); stage lateness ms by what was down when it fell due (or in the %d s after): %s;"
                            + " supervisors' SMS accepted by the gateway, ms after due, by the same: %s;"
                            + " e-mails of stages due while the SMS gateway was slow sent (ms after due, whole seconds): %s%n",
                    outages.stream().map(Outage::toString).collect(Collectors.joining(", ")),
                    complaints.size(), intake.refused(), takenWhileBrokerDown, RECOVERY.toSeconds(), latenessByState,
                    smsLatenessByState, emailsWhileSmsSlow.stream().sorted().toList());
        }
    }

    /** Stops PostgreSQL at {@code at} for {@link #DATABASE_DOWN}, then starts it again. */
    private static Outage databaseDown(Instant at) {
        awaitInstant(at);
        LocalPostgres.stop();
        Instant stopped = Instant.now();
        try {
            awaitInstant(stopped.plus(DATABASE_DOWN));
        } finally {
            LocalPostgres.start();
        }
        return new Outage("database down", stopped, Instant.now());
    }

    /** From {@code at}, the SMS gateway answers each request only after 10 s, for {@link #SMS_SLOW}. */
    private static Outage smsGatewaySlow(Platform platform, Instant at) {
        awaitInstant(at);
        StubMapping slow = platform.slowSmsGateway(SLOW_SMS);
        Instant from = Instant.now();
        try {
            awaitInstant(from.plus(SMS_SLOW));
        } finally {
            platform.smsGateway().removeStub(slow);
        }
        return new Outage("sms gateway slow", from, Instant.now());
    }
}
