package org.faultdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.notification.app.CustomerNotices;
import org.faultdesk.notification.app.TicketProgress;
import org.faultdesk.support.messaging.EventHandling;

/**
 * The ticket's life as the customer hears of it (opened with its restore promise, dispatched,
 * appointments, delays, restored) and what ends the need to tell anyone (cancelled, closed); each
 * event applied once ({@link EventHandling}).
 */
@ApplicationScoped
public class TicketEventsConsumer {

    @Inject
    EventHandling events;

    @Inject
    CustomerNotices notices;

    @Inject
    TicketProgress progress;

    @Incoming(Topics.TICKET_OPENED)
    @Blocking
    public void onOpened(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketOpened.class, notices::opened);
    }

    @Incoming(Topics.SLA_CLOCK_STARTED)
    @Blocking
    public void onClockStarted(String json, IncomingKafkaRecordMetadata<String, String> record) {
        // The customer is promised the restore deadline; the response deadlines are the platform's own.
        events.once(json, record, SlaClockStarted.class, SlaClockStarted::isRestoreClock, notices::clockStarted);
    }

    @Incoming(Topics.TICKET_DISPATCHED)
    @Blocking
    public void onDispatched(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketDispatched.class, notices::dispatched);
    }

    @Incoming(Topics.WORK_ORDER_UPDATED)
    @Blocking
    public void onWorkOrderUpdated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, WorkOrderUpdated.class, notices::workOrderUpdated);
    }

    @Incoming(Topics.TICKET_RESOLVED)
    @Blocking
    public void onResolved(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketResolved.class, notices::resolved);
    }

    @Incoming(Topics.TICKET_UPDATED)
    @Blocking
    public void onUpdated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketUpdated.class, update -> !update.onlyNoted(), progress::updated);
    }
}
