package org.faultdesk.dispatch.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.dispatch.service.TicketFollower;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;

/**
 * The ticket events dispatch follows. A message that cannot be parsed or applied throws, its
 * transaction rolls back, and it goes to {@code dispatch-service-dead-letter} with the reason;
 * the consumer carries on with the next one.
 */
@ApplicationScoped
public class TicketEventConsumer {

    @Inject
    TicketFollower follower;

    @Incoming(Topics.TICKET_OPENED)
    @Blocking
    public void opened(String json) {
        follower.opened(EventJson.read(json, TicketOpened.class));
    }

    @Incoming(Topics.TICKET_UPDATED)
    @Blocking
    public void updated(String json) {
        follower.updated(EventJson.read(json, TicketUpdated.class));
    }

    @Incoming(Topics.TICKET_RESOLVED)
    @Blocking
    public void resolved(String json) {
        follower.resolved(EventJson.read(json, TicketResolved.class));
    }

    @Incoming(Topics.SLA_CLOCK_STARTED)
    @Blocking
    public void slaClock(String json) {
        follower.slaClock(EventJson.read(json, SlaClockStarted.class));
    }
}
