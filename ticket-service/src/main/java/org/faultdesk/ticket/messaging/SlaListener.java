package org.faultdesk.ticket.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.Topics;

/**
 * Shows the SLA monitor's facts on the ticket: the restore deadline (TMF expectedResolutionDate),
 * the current escalation level, and whether the deadline was met. These are the monitor's facts,
 * not changes of the ticket, so they publish nothing.
 */
@ApplicationScoped
public class SlaListener {

    @Inject
    TicketFacts facts;

    @Incoming(Topics.SLA_CLOCK_STARTED)
    @Blocking
    @Transactional
    public void onClockStarted(String json) {
        SlaClockStarted event = EventJson.read(json, SlaClockStarted.class);
        facts.applyOnce(event, ticket -> {
            ticket.expectedResolutionDate = event.restoreDeadline();
            ticket.slaClockState = event.clockState();
        });
    }

    @Incoming(Topics.SLA_WARNING_RAISED)
    @Blocking
    @Transactional
    public void onWarningRaised(String json) {
        SlaWarningRaised event = EventJson.read(json, SlaWarningRaised.class);
        // A warning comes before the first escalation level: level 0, at its stage.
        facts.applyOnce(event, ticket -> ticket.showEscalation(0, event.stage(), event.targetRole(), event.occurredAt()));
    }

    @Incoming(Topics.TICKET_ESCALATED)
    @Blocking
    @Transactional
    public void onEscalated(String json) {
        TicketEscalated event = EventJson.read(json, TicketEscalated.class);
        facts.applyOnce(event, ticket -> ticket.showEscalation(event.level(), 0, event.targetRole(), event.occurredAt()));
    }

    @Incoming(Topics.SLA_CLOCK_STOPPED)
    @Blocking
    @Transactional
    public void onClockStopped(String json) {
        SlaClockStopped event = EventJson.read(json, SlaClockStopped.class);
        facts.applyOnce(event, ticket -> ticket.slaOutcome = event.outcome());
    }
}
