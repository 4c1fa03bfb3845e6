package org.faultdesk.ticket.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.support.messaging.EventHandling;
import org.faultdesk.ticket.app.TicketFacts;

/** What happens in the field, turned into the ticket's status and notes. */
@ApplicationScoped
public class FieldWorkConsumer {

    @Inject
    EventHandling events;

    @Inject
    TicketFacts facts;

    @Incoming(Topics.WORK_ORDER_UPDATED)
    @Blocking
    public void onWorkOrderUpdated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, WorkOrderUpdated.class, facts::workOrderUpdated);
    }
}
