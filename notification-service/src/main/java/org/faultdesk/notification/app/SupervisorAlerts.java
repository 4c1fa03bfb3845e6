package org.faultdesk.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.MajorIncidentSuspected;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.notification.domain.Directory;
import org.faultdesk.notification.domain.Escalation;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.domain.Person;
import org.faultdesk.notification.domain.TicketContext;
import org.faultdesk.notification.persistence.TicketContextStore;
import org.jboss.logging.Logger;

/** Turns escalations, SLA warnings and suspected major incidents into alerts for the people on call. */
@ApplicationScoped
public class SupervisorAlerts {

    private static final Logger LOG = Logger.getLogger(SupervisorAlerts.class);

    @Inject
    TicketContextStore contexts;

    @Inject
    TicketProgress progress;

    @Inject
    Directory directory;

    @Inject
    DeliveryQueue queue;

    @Inject
    EscalationAlerts alerts;

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(TicketEscalated event) {
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        ticket.areaCode = event.classification().areaCode();
        if (event.isRestoreClock()) {
            ticket.restoreDeadline = event.restoreDeadline();
        }

        Map<String, String> params = TicketParams.of(event.ticketId(), event.classification());
        params.put("clock", event.clock());
        params.put("level", Integer.toString(event.level()));
        params.put("role", event.targetRole().name());
        params.put("deadlineAt", event.restoreDeadline().toString());
        params.put("dueAt", event.dueAt().toString());
        params.put("overdueFor", event.overdueBy().toString());
        params.put("elapsedPercent", Integer.toString(event.elapsedPercent()));
        params.put("critical", Boolean.toString(event.critical()));
        params.put("repeatEveryFor", config.escalationRepeatInterval().toString());
        params.put("escalationId", event.eventId().toString());

        Escalation escalation = new Escalation();
        escalation.eventId = event.eventId();
        escalation.ticketId = event.ticketId();
        escalation.level = event.level();
        escalation.targetRole = event.targetRole();
        escalation.areaCode = event.classification().areaCode();
        escalation.critical = event.critical();
        escalation.params = queue.write(params);
        escalation.raisedAt = clock.instant();
        boolean ended = progress.endedBefore(ticket, Notice.ESCALATION);
        boolean repeat = event.critical() && !ticket.resolved() && !ended;
        escalation.nextRepeatAt = repeat ? escalation.raisedAt.plus(config.escalationRepeatInterval()) : null;
        // Kept even for an ended ticket, so the escalations API shows every escalation sla-monitor raised.
        escalation.persist();
        if (ended) {
            return;
        }
        alerts.alert(escalation, 0);

        // The customer is told of a missed restore deadline; a missed response is the platform's own business.
        if (event.isRestoreClock() && event.overdueBy().compareTo(Duration.ZERO) > 0 && !ticket.customerToldOfBreach
                && !ticket.resolved()) {
            ticket.customerToldOfBreach = true;
            Map<String, String> delay = TicketParams.of(event.ticketId(), event.classification());
            delay.put("reason", "BREACH");
            delay.put("deadlineAt", event.restoreDeadline().toString());
            delay.put("appointmentStartAt", "");
            delay.put("appointmentEndAt", "");
            delay.put("hotline", config.hotline());
            queue.toCustomer(event.eventId(), event.ticketId(), Notice.DELAY, delay, clock.instant());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void warningRaised(SlaWarningRaised event) {
        TicketContext ticket = contexts.lockOrCreate(event.ticketId());
        if (progress.endedBefore(ticket, Notice.SLA_WARNING)) {
            return;
        }
        // The role the stage names (team lead at 50%, duty manager at 80% on the default ladder); a
        // team lead is the lead of the technician's team (remembered from TicketDispatched), else the area's.
        Map<String, String> params = TicketParams.of(event.ticketId(), event.classification());
        params.put("clock", event.clock());
        params.put("elapsedPercent", Integer.toString(event.elapsedPercent()));
        params.put("deadlineAt", event.restoreDeadline().toString());
        params.put("technicianId", event.technicianId() == null ? "-" : event.technicianId());
        params.put("role", event.targetRole().name());
        directory.personOnCallNow(event.targetRole(), event.classification().areaCode(), ticket.teamId)
                .ifPresentOrElse(
                        person -> queue.toPerson(event.eventId(), event.ticketId(), Notice.SLA_WARNING, 0, person, params),
                        () -> LOG.errorf("ticket %s: nobody on call for the SLA warning to %s in %s", event.ticketId(),
                                event.targetRole(), event.classification().areaCode()));
        queue.toFeed(event.eventId(), event.ticketId(), Notice.SLA_WARNING, 0, params);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void majorIncidentSuspected(MajorIncidentSuspected event) {
        List<TicketContext> known = contexts.known(event.ticketIds());
        Map<String, String> params = new HashMap<>();
        params.put("ticketId", event.ticketId());
        params.put("incidentId", event.incidentId());
        params.put("areaCode", event.areaCode());
        params.put("serviceType", event.serviceType().name());
        params.put("symptom", event.symptom());
        params.put("ticketCount", Integer.toString(event.ticketCount()));
        params.put("windowStartAt", event.windowStart().toString());
        params.put("windowEndAt", event.windowEnd().toString());
        params.put("dispatchedCount", Long.toString(known.stream().filter(t -> t.dispatchedAt != null).count()));
        params.put("resolvedCount", Long.toString(known.stream().filter(TicketContext::resolved).count()));
        Instant expected = event.expectedRestoreBy();
        params.put("expectedAt", expected == null ? "" : expected.toString());
        // 升级报备: the control centre and the customer-service centre, so both can inform customers.
        for (EscalationRole role : List.of(EscalationRole.CONTROL_CENTRE, EscalationRole.CUSTOMER_SERVICE_CENTRE)) {
            directory.personOnCallNow(role, event.areaCode(), null).ifPresentOrElse(
                    (Person person) -> queue.toPerson(event.eventId(), event.ticketId(), Notice.MAJOR_INCIDENT, 0,
                            person, params),
                    () -> LOG.errorf("ticket %s: nobody on call for %s in %s", event.ticketId(), role, event.areaCode()));
        }
        queue.toFeed(event.eventId(), event.ticketId(), Notice.MAJOR_INCIDENT, 0, params);
    }

    /** The parameters every ticket notice shares. */
    static final class TicketParams {

        private TicketParams() {
        }

        static Map<String, String> of(String ticketId, TicketClassification classification) {
            Map<String, String> params = new HashMap<>();
            params.put("ticketId", ticketId);
            params.put("tier", classification.customerTier().name());
            params.put("serviceType", classification.serviceType().name());
            params.put("areaCode", classification.areaCode());
            return params;
        }
    }
}
