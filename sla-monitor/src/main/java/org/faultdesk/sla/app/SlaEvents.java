package org.faultdesk.sla.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.sla.domain.ClockState;
import org.faultdesk.sla.domain.EscalationStage;
import org.faultdesk.sla.domain.PolicyMatch;
import org.faultdesk.sla.domain.SlaClock;

/** Builds the events sla-monitor publishes, stamped with the injected clock. */
@ApplicationScoped
public class SlaEvents {

    @Inject
    Clock clock;

    public SlaClockStarted deadline(String ticketId, String clockName, SlaClockStarted.Change change, SlaClock slaClock,
                                    PolicyMatch match) {
        return new SlaClockStarted(UUID.randomUUID(), clock.instant(), ticketId, SlaClockStarted.SCHEMA_VERSION, change,
                slaClock.state() == ClockState.PAUSED ? SlaClockStarted.ClockState.PAUSED : SlaClockStarted.ClockState.RUNNING,
                slaClock.openedAt(), slaClock.restoreDeadline().orElse(null), match.policy().allowance(),
                match.policy().key(), match.fallback(), slaClock.reading().pausedTotal(), clockName);
    }

    public SlaClockStopped stopped(String ticketId, String clockName, SlaClock slaClock,
                                   TicketClassification classification) {
        Instant stoppedAt = slaClock.reading().stoppedAt();
        return new SlaClockStopped(UUID.randomUUID(), clock.instant(), ticketId, SlaClockStopped.SCHEMA_VERSION,
                slaClock.outcome().orElseThrow(), slaClock.openedAt(), stoppedAt, slaClock.restoreDeadline().orElseThrow(),
                slaClock.elapsed(stoppedAt), slaClock.reading().pausedTotal(), classification, clockName);
    }

    SlaWarningRaised warning(String ticketId, String clockName, EscalationStage stage, EscalationRole role, SlaClock slaClock,
                             TicketClassification classification, String technicianId) {
        return new SlaWarningRaised(UUID.randomUUID(), clock.instant(), ticketId, SlaWarningRaised.SCHEMA_VERSION,
                stage.number(), role, stage.percent(), slaClock.dueAt(stage.percent()),
                slaClock.restoreDeadline().orElseThrow(), classification, technicianId, clockName);
    }

    TicketEscalated escalated(String ticketId, String clockName, EscalationStage stage, EscalationRole role, SlaClock slaClock,
                              TicketClassification classification, String technicianId) {
        Instant dueAt = slaClock.dueAt(stage.percent());
        Instant deadline = slaClock.restoreDeadline().orElseThrow();
        Duration overdueBy = Duration.between(deadline, dueAt);
        return new TicketEscalated(UUID.randomUUID(), clock.instant(), ticketId, TicketEscalated.SCHEMA_VERSION,
                stage.level(), role, stage.percent(), dueAt, deadline,
                overdueBy.isNegative() ? Duration.ZERO : overdueBy, stage.critical(), classification, technicianId,
                clockName);
    }
}
