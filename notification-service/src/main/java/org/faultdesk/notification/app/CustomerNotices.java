package org.faultdesk.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.domain.TicketContext;
import org.faultdesk.notification.persistence.EscalationStore;
import org.faultdesk.notification.persistence.TicketContextStore;
import org.jboss.logging.Logger;

/**
 * Tells the customer what to expect (seeds 001 and 003): the restore promise, the technician and the
 * visit, delays, the restoration, and a satisfaction callback afterwards. Also remembers what the
 * supervisor alerts need to know about the ticket (area, crew, state).
 */
@ApplicationScoped
public class CustomerNotices {

    private static final Logger LOG = Logger.getLogger(CustomerNotices.class);

    @Inject
    EscalationStore escalations;

    @Inject
    TicketContextStore contexts;

    @Inject
    TicketProgress progress;

    @Inject
    DeliveryQueue queue;

    @Inject
    NotificationConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(TicketOpened event) {
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        ticket.areaCode = event.classification().areaCode();
        ticket.title = event.title();
        // The "opened" notice waits for sla-clock-started: it must carry the restore promise.
        LOG.infof("ticket %s opened in %s: the customer's notice waits for its restore deadline", event.ticketId(),
                ticket.areaCode);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void clockStarted(SlaClockStarted event) {
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        if (event.restoreDeadline() != null) {
            ticket.restoreDeadline = event.restoreDeadline();
        }
        if (event.change() == SlaClockStarted.Change.STARTED && event.restoreDeadline() != null
                && !progress.endedBefore(ticket, Notice.TICKET_OPENED)) {
            Map<String, String> params = customerParams(event.ticketId());
            params.put("deadlineAt", event.restoreDeadline().toString());
            queue.toCustomer(event.eventId(), event.ticketId(), Notice.TICKET_OPENED, params, event.occurredAt());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatched(TicketDispatched event) {
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        ticket.areaCode = event.areaCode();
        ticket.teamId = event.teamId();
        ticket.technicianId = event.technicianId();
        ticket.technicianName = event.technicianName();
        if (ticket.dispatchedAt == null) {
            ticket.dispatchedAt = event.occurredAt();
        }
        if (progress.endedBefore(ticket, Notice.TECHNICIAN_DISPATCHED)) {
            return;
        }
        Map<String, String> params = customerParams(event.ticketId());
        params.put("technicianName", event.technicianName());
        queue.toCustomer(event.eventId(), event.ticketId(), Notice.TECHNICIAN_DISPATCHED, params, event.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void workOrderUpdated(WorkOrderUpdated event) {
        Notice notice;
        if (event.action() == WorkOrderAction.APPOINTMENT_BOOKED) {
            notice = Notice.APPOINTMENT_BOOKED;
        } else if (event.action() == WorkOrderAction.APPOINTMENT_REBOOKED_BY_CUSTOMER) {
            notice = Notice.DELAY;
        } else {
            return;
        }
        if (progress.endedBefore(contexts.lockOrCreate(event.ticketId()), notice)) {
            return;
        }
        Map<String, String> params = customerParams(event.ticketId());
        params.put("reason", "REBOOKED");
        params.put("deadlineAt", "");
        params.put("appointmentStartAt", event.appointmentStart() == null ? "" : event.appointmentStart().toString());
        params.put("appointmentEndAt", event.appointmentEnd() == null ? "" : event.appointmentEnd().toString());
        queue.toCustomer(event.eventId(), event.ticketId(), notice, params, event.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(TicketResolved event) {
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        ticket.areaCode = event.classification().areaCode();
        ticket.resolvedAt = event.resolvedAt();
        // Resolved: no critical escalation of this ticket is repeated any more (unless a reopen
        // that came first on ticket-updated is the later fact).
        if (ticket.resolved()) {
            escalations.stopRepeats(event.ticketId());
        }

        Map<String, String> params = customerParams(event.ticketId());
        params.put("resolvedAt", event.resolvedAt().toString());
        queue.toCustomer(event.eventId(), event.ticketId(), Notice.SERVICE_RESTORED, params, event.occurredAt());
        queue.toCustomer(event.eventId(), event.ticketId(), Notice.CALLBACK_REQUEST, customerParams(event.ticketId()),
                event.resolvedAt().plus(config.callbackDelay()));
    }

    private Map<String, String> customerParams(String ticketId) {
        Map<String, String> params = new HashMap<>();
        params.put("ticketId", ticketId);
        params.put("hotline", config.hotline());
        return params;
    }
}
