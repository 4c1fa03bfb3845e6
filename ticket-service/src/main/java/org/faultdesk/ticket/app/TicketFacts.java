package org.faultdesk.ticket.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.ticket.domain.FieldSteps;
import org.faultdesk.ticket.domain.ResponseDeadline;
import org.faultdesk.ticket.domain.Ticket;
import org.faultdesk.ticket.persistence.TicketStore;
import org.jboss.logging.Logger;

/**
 * What the other services' facts mean for a ticket, applied to the locked ticket in the handler's
 * transaction: the field's steps change its status (and publish that change), the SLA monitor's
 * facts show its restore deadline, escalation level and outcome (and publish nothing). Events
 * about tickets this service does not know (another system's) are skipped, never dead-lettered:
 * they are valid, just not ours.
 */
@ApplicationScoped
public class TicketFacts {

    private static final Logger LOG = Logger.getLogger(TicketFacts.class);

    @Inject
    TicketStore store;

    @Inject
    TicketService tickets;

    @Transactional(Transactional.TxType.MANDATORY)
    public void workOrderUpdated(WorkOrderUpdated event) {
        onTicket(event, ticket -> {
            FieldSteps.statusAfter(event.action()).ifPresent(target -> tickets.applyReportedStatus(ticket, target,
                    event.resolutionCode(), FieldSteps.reason(event), event.actor(), event.occurredAt()));
            if (event.note() != null && !event.note().isBlank()) {
                ticket.addNote(event.actor(), event.note(), event.occurredAt());
            }
        });
    }

    /** The restore clock's deadline is TMF621's expectedResolutionDate; a response clock's is shown beside it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clockStarted(SlaClockStarted event) {
        onTicket(event, ticket -> {
            if (event.isRestoreClock()) {
                ticket.expectedResolutionDate = event.restoreDeadline();
                ticket.slaClockState = event.clockState();
            } else {
                ticket.showResponseDeadline(event.clock(), new ResponseDeadline(event.restoreDeadline(),
                        event.clockState() == SlaClockStarted.ClockState.PAUSED
                                ? ResponseDeadline.State.PAUSED : ResponseDeadline.State.RUNNING, null,
                        event.occurredAt()));
            }
        });
    }

    /**
     * A warning comes before the first escalation level: level 0, at its stage. The ticket's
     * escalation fields are the restore deadline's; a response clock's stages are supervisors'
     * business (notification-service), its deadline and outcome shown with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void warningRaised(SlaWarningRaised event) {
        onTicket(event, ticket -> ticket.showEscalation(0, event.stage(), event.targetRole(), event.occurredAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(TicketEscalated event) {
        onTicket(event, ticket -> ticket.showEscalation(event.level(), 0, event.targetRole(), event.occurredAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void clockStopped(SlaClockStopped event) {
        onTicket(event, ticket -> {
            if (event.isRestoreClock()) {
                ticket.slaOutcome = event.outcome();
            } else {
                ticket.showResponseDeadline(event.clock(), new ResponseDeadline(event.restoreDeadline(),
                        event.outcome() == SlaOutcome.MET ? ResponseDeadline.State.MET : ResponseDeadline.State.BREACHED,
                        event.stoppedAt(), event.occurredAt()));
            }
        });
    }

    private void onTicket(TicketEvent event, Consumer<Ticket> effect) {
        store.findForUpdate(event.ticketId()).ifPresentOrElse(effect,
                () -> LOG.debugf("ticket %s: %s for a ticket this service does not know; skipped",
                        event.ticketId(), event.getClass().getSimpleName()));
    }
}
