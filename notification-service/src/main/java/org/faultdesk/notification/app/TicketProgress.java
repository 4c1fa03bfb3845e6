package org.faultdesk.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.domain.TicketContext;
import org.faultdesk.notification.persistence.EscalationStore;
import org.faultdesk.notification.persistence.TicketContextStore;
import org.jboss.logging.Logger;

/**
 * Follows a ticket's status for what ends the need to tell anyone about it: once it is cancelled,
 * rejected or closed, nobody is reminded of its escalations any more, and neither supervisors nor
 * the customer get a message about work on it that was still waiting to go out. A reopened ticket
 * counts as unresolved again, so its later escalations are repeated.
 */
@ApplicationScoped
public class TicketProgress {

    private static final Logger LOG = Logger.getLogger(TicketProgress.class);

    @Inject
    EscalationStore escalations;

    @Inject
    TicketContextStore contexts;

    @Inject
    DeliveryQueue queue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(TicketUpdated event) {
        if (TicketContext.isEnd(event.status())) {
            ended(event);
        } else if (event.previousStatus() == TicketStatus.RESOLVED && event.status() != TicketStatus.RESOLVED) {
            // Reopened (resolved → inProgress): the fault is back. Escalations stopped at the resolution
            // stay stopped; the clock continues in sla-monitor, and what it escalates next is repeated.
            contexts.lockOrCreate(event.ticketId()).reopen(event.occurredAt());
            LOG.infof("ticket %s reopened: unresolved again", event.ticketId());
        }
    }

    private void ended(TicketUpdated event) {
        // The context's row lock orders this with the other handlers of the ticket: one that ran first
        // has its messages withdrawn below, one that runs later sees the end and queues nothing.
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        ticket.end(event.status(), event.occurredAt());
        // Before the withdrawal: a repetition being queued right now holds its escalation's row, so this
        // waits for it, and the withdrawal then finds the messages it queued.
        int stopped = escalations.stopRepeats(event.ticketId());
        int withdrawn = queue.withdrawWorkInProgress(event.ticketId(), "ticket " + event.status().tmfName());
        LOG.infof("ticket %s %s: %d escalation(s) no longer repeated, %d unsent message(s) withdrawn",
                event.ticketId(), event.status().tmfName(), stopped, withdrawn);
    }

    /** Whether {@code notice} must not be queued because its ticket ended first; says so in the log. */
    public boolean endedBefore(TicketContext ticket, Notice notice) {
        if (ticket.ended() && notice.aboutWorkInProgress()) {
            LOG.infof("ticket %s: %s not sent, the ticket is %s", ticket.ticketId, notice,
                    ticket.endedStatus.tmfName());
            return true;
        }
        return false;
    }
}
