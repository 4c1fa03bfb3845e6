package org.faultdesk.dispatch.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.dispatch.app.TicketFollower;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.support.messaging.EventHandling;

/**
 * The ticket events dispatch follows, each applied once ({@link EventHandling}); a message that
 * cannot be parsed or applied goes to {@code dispatch-service-dead-letter} with the reason.
 */
@ApplicationScoped
public class TicketEventConsumer {

    @Inject
    EventHandling events;

    @Inject
    TicketFollower follower;

    @Incoming(Topics.TICKET_OPENED)
    @Blocking
    public void opened(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketOpened.class, e -> TicketFollower.needsFieldVisit(e.classification()),
                follower::opened);
    }

    @Incoming(Topics.TICKET_UPDATED)
    @Blocking
    public void updated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketUpdated.class, update -> !update.onlyNoted(), follower::updated);
    }

    @Incoming(Topics.TICKET_RESOLVED)
    @Blocking
    public void resolved(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketResolved.class, follower::resolved);
    }

    @Incoming(Topics.SLA_CLOCK_STARTED)
    @Blocking
    public void slaClock(String json, IncomingKafkaRecordMetadata<String, String> record) {
        // The queue is ordered by the restore deadline; the response clocks' deadlines are not its business.
        events.once(json, record, SlaClockStarted.class, SlaClockStarted::isRestoreClock, follower::slaClock);
    }
}
