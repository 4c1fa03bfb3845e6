package org.faultdesk.sla.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.sla.app.ClockUpdates;
import org.faultdesk.support.messaging.EventHandling;

/**
 * The ticket events that move a clock, each applied once ({@link EventHandling}); a message that
 * cannot be parsed or applied goes to {@value Topics#SLA_MONITOR_DEAD_LETTER}.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    @Inject
    EventHandling events;

    @Inject
    ClockUpdates clocks;

    @Incoming(Topics.TICKET_OPENED)
    @Blocking
    public void onOpened(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketOpened.class, clocks::opened);
    }

    @Incoming(Topics.TICKET_UPDATED)
    @Blocking
    public void onUpdated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketUpdated.class, clocks::updated);
    }

    @Incoming(Topics.TICKET_RESOLVED)
    @Blocking
    public void onResolved(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketResolved.class, clocks::resolved);
    }

    @Incoming(Topics.TICKET_DISPATCHED)
    @Blocking
    public void onDispatched(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketDispatched.class, clocks::dispatched);
    }

    @Incoming(Topics.WORK_ORDER_UPDATED)
    @Blocking
    public void onWorkOrderUpdated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, WorkOrderUpdated.class, clocks::provesAMilestone, clocks::workOrderUpdated);
    }
}
