package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.e2e.Supervisors.Supervisor;
import org.faultdesk.e2e.TestLadder.Stage;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.platform.test.TopicWatcher;

/**
 * The alerts a ladder promises for one ticket — one per stage and target role — and the checks
 * that each was raised once on Kafka and reached its supervisor once by e-mail and once by SMS.
 */
final class SupervisorAlerts {

    /** How long no further message may arrive before "once" is believed. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(8);

    /** One stage's alert for one role. */
    record Alert(Stage stage, EscalationRole role) {

        /** What the e-mail subject and SMS of this stage say (sla-warning and escalation templates, English). */
        String wording() {
            return stage.warning() ? "has used " + stage.percent() + "%" : "escalated to level " + stage.level();
        }
    }

    /** A warning or an escalation as it was on the topic. */
    record Fired(UUID eventId, int level, int percent, EscalationRole role, Instant dueAt, Instant occurredAt) {

        static Fired of(SlaWarningRaised warning) {
            return new Fired(warning.eventId(), 0, warning.elapsedPercent(), warning.targetRole(), warning.dueAt(),
                    warning.occurredAt());
        }

        static Fired of(TicketEscalated escalation) {
            return new Fired(escalation.eventId(), escalation.level(), escalation.elapsedPercent(),
                    escalation.targetRole(), escalation.dueAt(), escalation.occurredAt());
        }

        Duration lateness() {
            return Duration.between(dueAt, occurredAt);
        }
    }

    private SupervisorAlerts() {
    }

    /** The ladders here are the restore clock's; a ticket's response clocks (work order, …) have their own. */
    static Predicate<ConsumerRecord<String, String>> restoreClockOf(String ticketId) {
        return TopicWatcher.clockOf(ticketId, SlaClocks.RESTORE);
    }

    static List<Alert> of(List<Stage> ladder) {
        return ladder.stream().flatMap(stage -> stage.roles().stream().map(role -> new Alert(stage, role))).toList();
    }

    /** Waits until as many warnings and escalations as the alerts promise are on the topics. */
    static void awaitRaised(TopicWatcher warnings, TopicWatcher escalations, String ticketId, List<Alert> alerts,
                            Duration atMost) {
        int warningCount = (int) alerts.stream().filter(alert -> alert.stage().warning()).count();
        warnings.awaitEvents(SlaWarningRaised.class, restoreClockOf(ticketId), warningCount, atMost);
        escalations.awaitEvents(TicketEscalated.class, restoreClockOf(ticketId), alerts.size() - warningCount, atMost);
    }

    /** Every warning and escalation about the ticket on the topics so far, copies included. */
    static List<Fired> raised(TopicWatcher warnings, TopicWatcher escalations, String ticketId) {
        Duration drain = Duration.ofSeconds(1);
        return Stream.concat(
                warnings.recordsAfter(drain, restoreClockOf(ticketId)).stream()
                        .map(r -> Fired.of(EventJson.read(r.value(), SlaWarningRaised.class))),
                escalations.recordsAfter(drain, restoreClockOf(ticketId)).stream()
                        .map(r -> Fired.of(EventJson.read(r.value(), TicketEscalated.class))))
                .toList();
    }

    /**
     * Matches what was raised to what the ladder promises: exactly one event (one event id) per
     * alert and none besides. Copies of one event (same id) are the outbox relay's at-least-once
     * sending and are not counted twice; consumers drop them by event id.
     */
    static Map<Alert, Fired> raisedOncePerAlert(String ticketId, List<Alert> alerts, Collection<Fired> records) {
        Collection<Fired> events = records.stream()
                .collect(Collectors.toMap(Fired::eventId, Function.identity(), (first, copy) -> first)).values();
        Map<Alert, List<Fired>> byAlert = alerts.stream().collect(Collectors.toMap(Function.identity(),
                alert -> events.stream().filter(e -> e.percent() == alert.stage().percent() && e.role() == alert.role()
                        && e.level() == alert.stage().level()).toList()));
        assertThat(byAlert).as("ticket %s: events per stage and role, of %s", ticketId, events)
                .allSatisfy((alert, fired) -> assertThat(fired).as(alert.toString()).hasSize(1));
        assertThat(events).as("ticket %s: nothing but the ladder's alerts", ticketId).hasSize(alerts.size());
        return byAlert.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    }

    /** Lateness of each alert (fired minus due), in ladder order, for the test's report line. */
    static List<Long> latenessMillis(Map<Alert, Fired> fired) {
        return fired.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Alert, Fired> e) -> e.getKey().stage().number())
                        .thenComparing(e -> e.getKey().role()))
                .map(e -> e.getValue().lateness().toMillis())
                .toList();
    }

    /** The stage fell due where the policy puts it: at its share of the allowance after the clock's start. */
    static void assertDueAtItsShareOfTheAllowance(Map<Alert, Fired> fired, Instant clockStart, Duration allowance) {
        fired.forEach((alert, event) -> assertThat(event.dueAt()).as("%s due", alert)
                .isEqualTo(alert.stage().dueAt(clockStart, allowance)));
    }

    /**
     * Waits until every alerted supervisor has exactly one e-mail and one SMS about each ticket (one
     * message id each: a retry's copy is the same message, see {@link Inbox}), in the wording of
     * their stage, and nothing more arrives for {@link #QUIET_PERIOD}; the roles that no stage
     * targets get nothing.
     */
    static void awaitEachToldOnce(Inbox inbox, Map<EscalationRole, Supervisor> supervisors, List<Alert> alerts,
                                  Collection<String> ticketIds, Duration atMost) {
        Set<EscalationRole> alerted = alerts.stream().map(Alert::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EscalationRole.class)));
        List<Supervisor> bystanders = Arrays.stream(EscalationRole.values())
                .filter(role -> !alerted.contains(role)).map(supervisors::get).toList();
        await("each supervisor told once about " + ticketIds).atMost(atMost).during(QUIET_PERIOD)
                .untilAsserted(() -> {
                    for (String ticketId : ticketIds) {
                        for (Alert alert : alerts) {
                            Supervisor supervisor = supervisors.get(alert.role());
                            assertThat(inbox.mailsTo(supervisor.email(), ticketId))
                                    .as("e-mails to %s about %s", supervisor.id(), ticketId)
                                    .singleElement().satisfies(mail -> assertThat(mail.subject()).contains(alert.wording()));
                            assertThat(inbox.smsTo(supervisor.phone(), ticketId))
                                    .as("SMS to %s about %s", supervisor.id(), ticketId)
                                    .singleElement().satisfies(text -> assertThat(text).contains(alert.wording()));
                        }
                        for (Supervisor bystander : bystanders) {
                            assertThat(inbox.mailsTo(bystander.email(), ticketId)).as("e-mails to %s", bystander.id()).isEmpty();
                            assertThat(inbox.smsTo(bystander.phone(), ticketId)).as("SMS to %s", bystander.id()).isEmpty();
                        }
                    }
                });
    }
}
