package org.faultdesk.e2e;

import static org.awaitility.Awaitility.await;
import static org.faultdesk.e2e.Timeline.keys;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.faultdesk.e2e.SupervisorAlerts.Alert;
import org.faultdesk.e2e.SupervisorAlerts.Fired;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;

/**
 * What the topics say after a chaos test's faults, read from their start (records from before a
 * broker's kill and after alike): the checks every chaos test makes of it.
 */
final class Aftermath implements AutoCloseable {

    final TopicWatcher opened = TestKafka.watchFromStart(Topics.TICKET_OPENED);
    final TopicWatcher clocks = TestKafka.watchFromStart(Topics.SLA_CLOCK_STARTED);
    final TopicWatcher workOrders = TestKafka.watchFromStart(Topics.WORK_ORDER_UPDATED);
    final TopicWatcher warnings = TestKafka.watchFromStart(Topics.SLA_WARNING_RAISED);
    final TopicWatcher escalations = TestKafka.watchFromStart(Topics.TICKET_ESCALATED);

    /** Waits until every one of the tickets is on {@code ticket-opened} and has its clock. */
    void awaitOpenedWithClocks(Set<String> ticketIds, Duration atMost) {
        await("every acknowledged ticket on ticket-opened, with its clock").atMost(atMost)
                .until(() -> keys(opened, ticketIds).containsAll(ticketIds) && keys(clocks, ticketIds).containsAll(ticketIds));
    }

    /** Waits until each fault has a work order created; returns the ids of those created, per fault. */
    Map<String, Set<String>> awaitWorkOrdersCreated(Set<String> faults, Duration atMost) {
        await("a work order for every fault").atMost(atMost).until(() -> workOrdersCreated(faults).keySet().containsAll(faults));
        return workOrdersCreated(faults);
    }

    /** Waits until every alert the ladder promises for each ticket was raised. */
    void awaitRaised(Collection<String> ticketIds, List<Alert> alerts, Duration atMost) {
        for (String ticketId : ticketIds) {
            SupervisorAlerts.awaitRaised(warnings, escalations, ticketId, alerts, atMost);
        }
    }

    /** Exactly one event per alert of the ticket, and none besides (see {@link SupervisorAlerts#raisedOncePerAlert}). */
    Map<Alert, Fired> raisedOncePerAlert(String ticketId, List<Alert> alerts) {
        return SupervisorAlerts.raisedOncePerAlert(ticketId, alerts, SupervisorAlerts.raised(warnings, escalations, ticketId));
    }

    private Map<String, Set<String>> workOrdersCreated(Set<String> faults) {
        return workOrders.recordsAfter(Duration.ofMillis(500), r -> faults.contains(r.key())).stream()
                .map(r -> EventJson.read(r.value(), WorkOrderUpdated.class))
                .filter(event -> event.action() == WorkOrderAction.CREATED)
                .collect(Collectors.groupingBy(WorkOrderUpdated::ticketId,
                        Collectors.mapping(WorkOrderUpdated::workOrderId, Collectors.toSet())));
    }

    @Override
    public void close() {
        for (TopicWatcher watcher : List.of(opened, clocks, workOrders, warnings, escalations)) {
            watcher.close();
        }
    }
}
