package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.e2e.Timeline.awaitInstant;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.faultdesk.e2e.SupervisorAlerts.Alert;
import org.faultdesk.e2e.SupervisorAlerts.Fired;
import org.faultdesk.e2e.Supervisors.Supervisor;
import org.faultdesk.e2e.TestLadder.Stage;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.launch.ServiceProcess;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two of everything: a second instance of each service is started beside the first (the same
 * database, broker and settings on a port of its own, as a second pod runs), and once every
 * service's consumer group holds both, one instance of each service is killed with SIGKILL in turn
 * — under a steady intake of faults in an area with technicians on duty, the callers taking the two
 * ticket-service instances in turn as a load balancer would, while the escalation ladders of three
 * AA faults run (the test ladder's stages at 25, 50, 75 and 100 % of a 1-minute allowance):
 * <ol>
 *   <li>ticket-service's second instance 20 s after the first clock's start (the callers' next
 *       attempts, with the same keys, reach the first);</li>
 *   <li>sla-monitor's 3 s before the second stage falls due;</li>
 *   <li>dispatch-service's mid-intake, at 34 s;</li>
 *   <li>notification-service's 3 s before the third stage, with the customers' notices in flight.</li>
 * </ol>
 * After the kills every consumer group is whole on its survivor (each partition the pair held is
 * held again, by one member per channel) within the broker's session timeout. Afterwards: every
 * fault a caller was given is on {@code ticket-opened} once, has one work order and was dispatched
 * once (one {@code ticket-dispatched} event); every customer was told the restore promise and the
 * technician once each (one message id each); every stage was raised once and on time, and each
 * supervisor told once by e-mail and once by SMS; each ticket's events are in order on their topics
 * (a work order created before it waits, warnings and escalations by their share of the allowance);
 * nothing was dead-lettered. The lateness of the supervisors' SMS is printed, split by whether a
 * stage fell due within the session timeout after notification-service's kill (its partitions wait
 * for the broker to notice, {@code session.timeout.ms}).
 */
@ExtendWith(PlatformExtension.class)
class SecondInstancesTakeOverIT {

    private static final String AREA = "E2E-PAIRS";
    private static final CustomerTier TIER = CustomerTier.AA;
    private static final Duration ALLOWANCE = Duration.ofMinutes(1); // sla/e2e-restore-policies.csv
    private static final int FAULTS = 3;
    /**
     * One caller, a fault about every half second, each a work order and two customer notices: a steady
     * load that eight service JVMs on this machine's two cores keep up with (two callers made the
     * supervisors' first SMS 6.6 s late with all eight up, the CPU the limit, not the failover).
     */
    private static final int CALLERS = 1;
    private static final Duration CALLER_PAUSE = Duration.ofMillis(300);
    /** Enough technicians on duty in the crewed area that every fault of the intake finds one (50 orders each). */
    private static final int TECHNICIANS = 12;
    /** The broker notices a killed consumer after this (service-support: session.timeout.ms), then the group rebalances. */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    /** A stage fires within this of its due time (as in the other tests): the pollers take turns, no instance owns a clock. */
    private static final Duration LATENESS = Duration.ofSeconds(3);
    /** A supervisor's SMS is on time if the gateway has it within this of its stage's due time. */
    private static final Duration ON_TIME = Duration.ofSeconds(6);

    @Test
    void killingOneInstanceOfEachServiceInTurnMovesItsWorkToTheOtherAndDoublesNothing(Platform platform) throws Exception {
        Map<EscalationRole, Supervisor> supervisors = Supervisors.registerFor(platform, AREA);
        registerTechnicians(platform);
        List<Stage> ladder = TestLadder.of(TIER);
        List<Alert> alerts = SupervisorAlerts.of(ladder);
        String channel = "e2e-pairs-" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, Instant> phases = new LinkedHashMap<>(Map.of("start", Instant.now()));
        Map<ServiceProcess, Group> groups = new LinkedHashMap<>();
        for (ServiceProcess first : platform.services()) {
            groups.put(first, Group.awaitStable(first.name(), Duration.ofSeconds(30)));
        }
        Map<ServiceProcess, ServiceProcess> seconds = new LinkedHashMap<>();
        platform.services().forEach(first -> seconds.put(first, platform.launchAnotherInstanceOf(first)));
        seconds.values().forEach(second -> second.awaitReady(ServiceProcess.READY_TIMEOUT));
        phases.put("second instances ready", Instant.now());
        groups.forEach((first, alone) -> alone.awaitSharedByTwo(Duration.ofSeconds(60)));
        phases.put("groups shared", Instant.now());

        Map<String, Instant> clockStarts = Tickets.openFaultsWithClocks(platform, TIER, AREA, FAULTS, "Wu Jing");
        Instant firstStart = Collections.min(clockStarts.values());
        phases.put("faults opened", Instant.now());
        Map<String, Instant> killedAt = new LinkedHashMap<>();
        Intake intake = new Intake(platform, channel, CALLERS, CALLER_PAUSE, Intake.Calls.FAULTS_IN_A_CREWED_AREA,
                List.of(platform.ticketService(), seconds.get(platform.ticketService())));
        try (intake) {
            killedAt.put("ticket-service", kill(seconds.get(platform.ticketService()), firstStart.plusSeconds(20)));
            killedAt.put("sla-monitor", kill(seconds.get(platform.slaMonitor()),
                    ladder.get(1).dueAt(firstStart, ALLOWANCE).minusSeconds(3)));
            killedAt.put("dispatch-service", kill(seconds.get(platform.dispatchService()), firstStart.plusSeconds(34)));
            killedAt.put("notification-service", kill(seconds.get(platform.notificationService()),
                    ladder.get(2).dueAt(firstStart, ALLOWANCE).minusSeconds(3)));
            awaitInstant(ladder.get(2).dueAt(firstStart, ALLOWANCE).plusSeconds(2));
        }
        phases.put("kills and intake done", Instant.now());
        groups.forEach((first, alone) -> alone.awaitWholeAgainOnOne(SESSION_TIMEOUT.plusSeconds(30)));
        phases.put("groups whole on one", Instant.now());
        platform.services().forEach(first -> assertThat(first.isReady()).as("%s, the survivor, ready", first.name()).isTrue());

        Map<String, Intake.Answer> answers = intake.answers();
        Map<String, String> phoneByFault = answers.entrySet().stream().collect(Collectors.toMap(
                e -> e.getValue().ticketId(), e -> Intake.phoneOf(e.getKey()), (first, again) -> first));
        Set<String> intakeFaults = phoneByFault.keySet();
        assertThat(intakeFaults).as("one ticket per Idempotency-Key").hasSize(answers.size());
        try (Aftermath after = new Aftermath();
             TopicWatcher dispatched = TestKafka.watchFromStart(Topics.TICKET_DISPATCHED)) {
            Set<String> all = new HashSet<>(intakeFaults);
            all.addAll(clockStarts.keySet());
            after.awaitOpenedWithClocks(all, Duration.ofSeconds(120));
            assertThat(eventIdsByTicket(after.opened.recordsAfter(Duration.ofMillis(500), r -> all.contains(r.key()))))
                    .as("ticket-opened events per ticket (copies share their id)")
                    .hasSize(all.size()).allSatisfy((ticketId, ids) -> assertThat(ids).as(ticketId).hasSize(1));
            assertThat(after.awaitWorkOrdersCreated(all, Duration.ofSeconds(60)))
                    .as("work orders created per fault").allSatisfy((ticketId, ids) -> assertThat(ids).as(ticketId).hasSize(1));
            Map<String, TicketDispatched> dispatchOf = awaitDispatchedOnce(dispatched, intakeFaults);
            phases.put("opened and dispatched once", Instant.now());

            after.awaitRaised(clockStarts.keySet(), alerts, Duration.ofSeconds(60));
            Inbox inbox = new Inbox(platform);
            SupervisorAlerts.awaitEachToldOnce(inbox, supervisors, alerts, clockStarts.keySet(), Duration.ofSeconds(120));
            phases.put("supervisors told once", Instant.now());
            Instant notificationKilled = killedAt.get("notification-service");
            Map<String, List<Long>> smsLateness = new TreeMap<>();
            List<Long> raisedLateness = new ArrayList<>();
            clockStarts.forEach((ticketId, start) -> {
                Map<Alert, Fired> once = after.raisedOncePerAlert(ticketId, alerts);
                SupervisorAlerts.assertDueAtItsShareOfTheAllowance(once, start, ALLOWANCE);
                once.forEach((alert, fired) -> {
                    assertThat(fired.lateness()).as("%s of %s raised %s after due", alert, ticketId, fired.lateness())
                            .isBetween(Duration.ZERO, LATENESS);
                    raisedLateness.add(fired.lateness().toMillis());
                    Instant told = inbox.smsAcceptedAt(supervisors.get(alert.role()).phone(), ticketId, alert.wording())
                            .orElseThrow();
                    Duration late = Duration.between(fired.dueAt(), told);
                    boolean inFailover = !fired.dueAt().isBefore(notificationKilled)
                            && fired.dueAt().isBefore(notificationKilled.plus(SESSION_TIMEOUT));
                    // Due before the broker noticed the kill: an alert on a partition the killed instance held
                    // waits for the rebalance; at most the session timeout and the group's rejoining.
                    assertThat(late).as("SMS of %s about %s, %s after due", alert, ticketId, late)
                            .isLessThan(inFailover ? ON_TIME.plus(SESSION_TIMEOUT) : ON_TIME);
                    smsLateness.computeIfAbsent(inFailover ? "due while notification's partitions moved" : "due with a pair or after",
                            k -> new ArrayList<>()).add(late.toMillis());
                });
                assertInOrder(after, ticketId);
            });

            phases.put("stages checked", Instant.now());
            Map<String, List<Inbox.Sms>> noticesByFault = awaitEachCustomerToldTwice(inbox, phoneByFault);
            phases.put("customers told once", Instant.now());
            noticesByFault.forEach((ticketId, notices) -> assertThat(notices)
                    .as("notices to the customer of %s", ticketId)
                    .filteredOn(sms -> sms.text().contains(dispatchOf.get(ticketId).technicianName())).hasSize(1));
            Timeline.assertNothingDeadLettered(all);
            phases.put("checked", Instant.now());

            long replayed = answers.values().stream().filter(answer -> answer.status() == 200).count();
            Collections.sort(raisedLateness);
            smsLateness.values().forEach(Collections::sort);
            System.out.printf("SecondInstancesTakeOverIT: killed (ms after the first clock's start) %s; %d faults acknowledged"
                            + " (%d with 200 for a key retried on the other instance, %d attempts unanswered), each dispatched"
                            + " once, %d customer notices each sent once, %d technicians; stages raised ms after due: %s;"
                            + " supervisors' SMS ms after due: %s; seconds to each phase: %s%n",
                    killedAt.entrySet().stream().map(e -> e.getKey() + " " + Duration.between(firstStart, e.getValue()).toMillis())
                            .collect(Collectors.joining(", ")),
                    intakeFaults.size(), replayed, intake.unanswered(),
                    noticesByFault.values().stream().mapToInt(List::size).sum(), TECHNICIANS, raisedLateness, smsLateness,
                    phases.entrySet().stream().skip(1).map(e -> e.getKey() + " "
                            + Duration.between(phases.get("start"), e.getValue()).toSeconds()).collect(Collectors.joining(", ")));
        }
    }

    /** A consumer group (one service: one member per consumed channel and instance), as the broker describes it. */
    private record Group(String name, Map<String, Set<TopicPartition>> alone) {

        static Group awaitStable(String name, Duration atMost) {
            return new Group(name, await(name + "'s consumer group, stable").atMost(atMost)
                    .until(() -> TestKafka.assignments(name), members -> !members.isEmpty()));
        }

        Set<TopicPartition> partitions() {
            return alone.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        }

        /** Both instances are members, each holding part of every channel's partitions. */
        void awaitSharedByTwo(Duration atMost) {
            await(name + "'s partitions shared by two instances").atMost(atMost).untilAsserted(() -> {
                Map<String, Set<TopicPartition>> members = TestKafka.assignments(name);
                assertThat(members).as("members of %s", name).hasSize(2 * alone.size());
                assertThat(members).as("partitions of each member of %s", name)
                        .allSatisfy((member, partitions) -> assertThat(partitions).as(member).isNotEmpty());
                assertThat(union(members)).as("partitions of %s", name).isEqualTo(partitions());
            });
        }

        /** Once the broker has noticed the kill: one member per channel again, holding every partition the pair held. */
        void awaitWholeAgainOnOne(Duration atMost) {
            await(name + "'s partitions all on the survivor").atMost(atMost).untilAsserted(() -> {
                Map<String, Set<TopicPartition>> members = TestKafka.assignments(name);
                assertThat(members).as("members of %s", name).hasSize(alone.size());
                assertThat(union(members)).as("partitions of %s", name).isEqualTo(partitions());
            });
        }

        private static Set<TopicPartition> union(Map<String, Set<TopicPartition>> members) {
            return members.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        }
    }

    /** At {@code at}, SIGKILL of {@code instance}; returns when it was killed. */
    private static Instant kill(ServiceProcess instance, Instant at) {
        awaitInstant(at);
        instance.kill();
        return Instant.now();
    }

    private static void registerTechnicians(Platform platform) {
        for (int i = 1; i <= TECHNICIANS; i++) {
            String id = "T-E2E-CREW-%02d".formatted(i);
            platform.as(platform.dispatchService(), "dispatcher-e2e", "dispatcher").contentType(ContentType.JSON)
                    .body("""
                            {"id": "%s", "name": "Crew %02d (e2e)", "maintenanceCompany": "Faultdesk e2e crew", "outsourced": false,
                             "teamId": "TEAM-E2E-CREW", "areaCodes": ["%s"], "skills": ["HOME_BROADBAND"],
                             "shiftSchedule": "MON-SUN 00:00-24:00", "maxOpenOrders": 50, "onDuty": true}
                            """.formatted(id, i, Intake.Calls.CREWED_AREA))
                    .when().post("/technicians")
                    .then().statusCode(201);
        }
    }

    /** Waits until each fault was dispatched; each exactly once (one event id; copies are the relay's at-least-once). */
    private static Map<String, TicketDispatched> awaitDispatchedOnce(TopicWatcher dispatched, Set<String> faults) {
        await("every fault of the intake dispatched").atMost(Duration.ofSeconds(90))
                .until(() -> Timeline.keys(dispatched, faults).containsAll(faults));
        List<ConsumerRecord<String, String>> records = dispatched.recordsAfter(Duration.ofSeconds(1), r -> faults.contains(r.key()));
        assertThat(eventIdsByTicket(records)).as("ticket-dispatched events per fault")
                .allSatisfy((ticketId, ids) -> assertThat(ids).as(ticketId).hasSize(1));
        return records.stream().map(r -> EventJson.read(r.value(), TicketDispatched.class))
                .collect(Collectors.toMap(TicketDispatched::ticketId, Function.identity(), (first, copy) -> first));
    }

    /**
     * Waits until every customer of the intake has two SMS about their ticket (the restore
     * promise, the technician), one message id each, and nothing more arrives for a while.
     */
    private static Map<String, List<Inbox.Sms>> awaitEachCustomerToldTwice(Inbox inbox, Map<String, String> phoneByFault) {
        return await("each customer told twice").atMost(Duration.ofSeconds(120)).during(SupervisorAlerts.QUIET_PERIOD)
                .until(() -> {
                    Map<String, List<Inbox.Sms>> byPhone = inbox.allSms().stream()
                            .collect(Collectors.groupingBy(Inbox.Sms::to));
                    Map<String, List<Inbox.Sms>> byFault = new TreeMap<>();
                    phoneByFault.forEach((ticketId, phone) -> byFault.put(ticketId, byPhone.getOrDefault(phone, List.of())
                            .stream().filter(sms -> sms.text().contains(ticketId)).toList()));
                    return byFault;
                }, byFault -> byFault.values().stream().allMatch(notices -> notices.size() == 2));
    }

    /** One ticket's events, in the order of their topic (one partition per ticket), copies dropped. */
    private static void assertInOrder(Aftermath after, String ticketId) {
        List<WorkOrderAction> actions = firstCopies(after.workOrders.recordsAfter(Duration.ZERO, r -> ticketId.equals(r.key())))
                .stream().map(r -> EventJson.read(r.value(), WorkOrderUpdated.class).action()).toList();
        assertThat(actions).as("work order of %s, in topic order", ticketId)
                .startsWith(WorkOrderAction.CREATED).contains(WorkOrderAction.WAITING_FOR_TECHNICIAN);
        List<Integer> warnings = firstCopies(after.warnings.recordsAfter(Duration.ZERO, SupervisorAlerts.restoreClockOf(ticketId)))
                .stream().map(r -> EventJson.read(r.value(), SlaWarningRaised.class).elapsedPercent()).toList();
        assertThat(warnings).as("warnings of %s, in topic order", ticketId).isSorted();
        List<Integer> escalations = firstCopies(after.escalations.recordsAfter(Duration.ZERO, SupervisorAlerts.restoreClockOf(ticketId)))
                .stream().map(r -> EventJson.read(r.value(), TicketEscalated.class).level()).toList();
        assertThat(escalations).as("escalations of %s, in topic order", ticketId).isSorted();
    }

    /** The records in their order, each event (by its id) at its first copy. */
    private static List<ConsumerRecord<String, String>> firstCopies(Collection<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(r -> seen.add(eventId(r))).toList();
    }

    private static Map<String, Set<String>> eventIdsByTicket(Collection<ConsumerRecord<String, String>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(SecondInstancesTakeOverIT::eventId, Collectors.toSet())));
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value()).getString("eventId");
    }
}
