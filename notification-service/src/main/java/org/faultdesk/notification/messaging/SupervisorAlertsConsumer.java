package org.faultdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.MajorIncidentSuspected;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.Topics;
import org.faultdesk.notification.app.SupervisorAlerts;
import org.faultdesk.support.messaging.EventHandling;

/** Escalations, SLA warnings and suspected major incidents, for the people on call; each applied once. */
@ApplicationScoped
public class SupervisorAlertsConsumer {

    @Inject
    EventHandling events;

    @Inject
    SupervisorAlerts alerts;

    @Incoming(Topics.TICKET_ESCALATED)
    @Blocking
    public void onEscalated(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, TicketEscalated.class, alerts::escalated);
    }

    @Incoming(Topics.SLA_WARNING_RAISED)
    @Blocking
    public void onWarning(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, SlaWarningRaised.class, alerts::warningRaised);
    }

    @Incoming(Topics.MAJOR_INCIDENT_SUSPECTED)
    @Blocking
    public void onMajorIncident(String json, IncomingKafkaRecordMetadata<String, String> record) {
        events.once(json, record, MajorIncidentSuspected.class, alerts::majorIncidentSuspected);
    }
}
