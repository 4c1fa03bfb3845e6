package org.faultdesk.ticket.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.Topics;
import org.faultdesk.support.messaging.EventHandling;
import org.faultdesk.ticket.app.TicketFacts;

/** The SLA monitor's facts shown on the ticket: restore deadline, escalation level, outcome. */
@ApplicationScoped
public class SlaFactsConsumer {

    @Inject
    EventHandling events;

    @Inject
    TicketFacts facts;

    @Incoming(Topics.SLA_CLOCK_STARTED)
    @Blocking
    public void onClockStarted(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, SlaClockStarted.class, facts::clockStarted);
    }

    @Incoming(Topics.SLA_WARNING_RAISED)
    @Blocking
    public void onWarningRaised(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, SlaWarningRaised.class, SlaWarningRaised::isRestoreClock, facts::warningRaised);
    }

    @Incoming(Topics.TICKET_ESCALATED)
    @Blocking
    public void onEscalated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketEscalated.class, TicketEscalated::isRestoreClock, facts::escalated);
    }

    @Incoming(Topics.SLA_CLOCK_STOPPED)
    @Blocking
    public void onClockStopped(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, SlaClockStopped.class, facts::clockStopped);
    }
}
