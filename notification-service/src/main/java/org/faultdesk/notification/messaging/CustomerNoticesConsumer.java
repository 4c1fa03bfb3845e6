package org.faultdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.notification.delivery.DeliveryQueue;
import org.faultdesk.notification.delivery.NotificationConfig;
import org.faultdesk.notification.domain.Escalation;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.domain.TicketContext;
import org.faultdesk.support.outbox.ProcessedEvents;

/**
 * Tells the customer what to expect (seeds 001 and 003): the restore promise, the technician and the
 * visit, delays, the restoration, and a satisfaction callback afterwards. Also remembers what the
 * supervisor alerts need to know about the ticket (area, crew, state).
 */
@ApplicationScoped
public class CustomerNoticesConsumer {

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    DeliveryQueue queue;

    @Inject
    NotificationConfig config;

    @Incoming(Topics.TICKET_OPENED)
    @Blocking
    @Transactional
    public void onOpened(String json) {
        TicketOpened event = EventJson.read(json, TicketOpened.class);
        if (!processedEvents.firstDelivery(event)) {
            return;
        }
        TicketContext ticket = TicketContext.of(event.ticketId());
        ticket.areaCode = event.classification().areaCode();
        ticket.title = event.title();
        // The "opened" notice waits for sla-clock-started: it must carry the restore promise.
    }

    @Incoming(Topics.SLA_CLOCK_STARTED)
    @Blocking
    @Transactional
    public void onClockStarted(String json) {
        SlaClockStarted event = EventJson.read(json, SlaClockStarted.class);
        if (!processedEvents.firstDelivery(event)) {
            return;
        }
        TicketContext ticket = TicketContext.of(event.ticketId());
        if (event.restoreDeadline() != null) {
            ticket.restoreDeadline = event.restoreDeadline();
        }
        if (event.change() == SlaClockStarted.Change.STARTED && event.restoreDeadline() != null
                && !TicketUpdatesConsumer.endedBefore(ticket, Notice.TICKET_OPENED)) {
            Map<String, String> params = customerParams(event.ticketId());
            params.put("deadlineAt", event.restoreDeadline().toString());
            queue.toCustomer(event.eventId(), event.ticketId(), Notice.TICKET_OPENED, params, event.occurredAt());
        }
    }

    @Incoming(Topics.TICKET_DISPATCHED)
    @Blocking
    @Transactional
    public void onDispatched(String json) {
        TicketDispatched event = EventJson.read(json, TicketDispatched.class);
        if (!processedEvents.firstDelivery(event)) {
            return;
        }
        TicketContext ticket = TicketContext.of(event.ticketId());
        ticket.areaCode = event.areaCode();
        ticket.teamId = event.teamId();
        ticket.technicianId = event.technicianId();
        ticket.technicianName = event.technicianName();
        if (ticket.dispatchedAt == null) {
            ticket.dispatchedAt = event.occurredAt();
        }
        if (TicketUpdatesConsumer.endedBefore(ticket, Notice.TECHNICIAN_DISPATCHED)) {
            return;
        }
        Map<String, String> params = customerParams(event.ticketId());
        params.put("technicianName", event.technicianName());
        queue.toCustomer(event.eventId(), event.ticketId(), Notice.TECHNICIAN_DISPATCHED, params, event.occurredAt());
    }

    @Incoming(Topics.WORK_ORDER_UPDATED)
    @Blocking
    @Transactional
    public void onWorkOrderUpdated(String json) {
        WorkOrderUpdated event = EventJson.read(json, WorkOrderUpdated.class);
        if (!processedEvents.firstDelivery(event)) {
            return;
        }
        Notice notice;
        if (event.action() == WorkOrderAction.APPOINTMENT_BOOKED) {
            notice = Notice.APPOINTMENT_BOOKED;
        } else if (event.action() == WorkOrderAction.APPOINTMENT_REBOOKED_BY_CUSTOMER) {
            notice = Notice.DELAY;
        } else {
            return;
        }
        if (TicketUpdatesConsumer.endedBefore(TicketContext.of(event.ticketId()), notice)) {
            return;
        }
        Map<String, String> params = customerParams(event.ticketId());
        params.put("reason", "REBOOKED");
        params.put("deadlineAt", "");
        params.put("appointmentStartAt", event.appointmentStart() == null ? "" : event.appointmentStart().toString());
        params.put("appointmentEndAt", event.appointmentEnd() == null ? "" : event.appointmentEnd().toString());
        queue.toCustomer(event.eventId(), event.ticketId(), notice, params, event.occurredAt());
    }

    @Incoming(Topics.TICKET_RESOLVED)
    @Blocking
    @Transactional
    public void onResolved(String json) {
        TicketResolved event = EventJson.read(json, TicketResolved.class);
        if (!processedEvents.firstDelivery(event)) {
            return;
        }
        TicketContext ticket = TicketContext.of(event.ticketId());
        ticket.areaCode = event.classification().areaCode();
        ticket.resolvedAt = event.resolvedAt();
        // Resolved: no critical escalation of this ticket is repeated any more (unless a reopen
        // that came first on ticket-updated is the later fact).
        if (ticket.resolved()) {
            Escalation.update("nextRepeatAt = null where ticketId = ?1 and nextRepeatAt is not null", event.ticketId());
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
