package org.faultdesk.sla.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.sla.domain.ClockMark;
import org.faultdesk.sla.domain.ClockTransitions;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.support.outbox.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Turns ticket events into clock marks. Each handler runs in one transaction with the
 * processed-event record, so a redelivered event changes nothing; times come from the events,
 * never from the moment of consumption. A message that cannot be parsed or applied rolls back and
 * goes to {@value Topics#SLA_MONITOR_DEAD_LETTER}.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final Logger LOG = Logger.getLogger(TicketEventsConsumer.class);

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    ClockKeeper keeper;

    @Inject
    MajorIncidentDetector incidents;

    /**
     * Tickets this instance watches, by id prefix; empty (the default) watches all. Set only where
     * a broker is shared with other teams' tests, so this instance never escalates their tickets.
     */
    @ConfigProperty(name = "faultdesk.sla.ticket-id-prefix")
    Optional<String> ticketIdPrefix;

    @Incoming(Topics.TICKET_OPENED)
    @Blocking
    @Transactional
    public void onOpened(String json) {
        firstDelivery(json, TicketOpened.class).ifPresent(this::open);
    }

    private void open(TicketOpened event) {
        ClockRow[] changed = new ClockRow[1];
        keeper.change(event.ticketId(), row -> {
            if (row.openedAt == null) {
                row.openedAt = event.openedAt();
            }
            classifyIfNewer(row, event.classification(), event.occurredAt());
            changed[0] = row;
        });
        if (event.classification().kind() == TicketKind.FAULT) {
            incidents.faultOpened(event, changed[0].restoreDeadline);
        }
    }

    @Incoming(Topics.TICKET_UPDATED)
    @Blocking
    @Transactional
    public void onUpdated(String json) {
        firstDelivery(json, TicketUpdated.class).ifPresent(event -> keeper.change(event.ticketId(), row -> {
            classifyIfNewer(row, event.classification(), event.occurredAt());
            if (event.changes().contains(TicketUpdated.Change.STATUS)) {
                ClockTransitions.markFor(event.status())
                        .ifPresent(type -> ClockStore.addMark(row, event.occurredAt(), type));
            }
        }));
    }

    @Incoming(Topics.TICKET_RESOLVED)
    @Blocking
    @Transactional
    public void onResolved(String json) {
        firstDelivery(json, TicketResolved.class).ifPresent(event -> keeper.change(event.ticketId(), row -> {
            classifyIfNewer(row, event.classification(), event.occurredAt());
            ClockStore.addMark(row, event.resolvedAt(), ClockMark.Type.STOP);
        }));
    }

    @Incoming(Topics.TICKET_DISPATCHED)
    @Blocking
    @Transactional
    public void onDispatched(String json) {
        firstDelivery(json, TicketDispatched.class).ifPresent(event -> keeper.change(event.ticketId(), row -> {
            if (row.technicianAt == null || !event.occurredAt().isBefore(row.technicianAt)) {
                row.technicianId = event.technicianId();
                row.technicianAt = event.occurredAt();
            }
        }));
    }

    /** The event, unless this service has handled it before (then: skip it). */
    private <T extends TicketEvent> Optional<T> firstDelivery(String json, Class<T> type) {
        T event = EventJson.read(json, type);
        if (ticketIdPrefix.isPresent() && !event.ticketId().startsWith(ticketIdPrefix.get())) {
            LOG.debugf("ticket %s: not watched here (faultdesk.sla.ticket-id-prefix), skipped", event.ticketId());
            return Optional.empty();
        }
        return processedEvents.firstDelivery(event) ? Optional.of(event) : Optional.empty();
    }

    /** Every event carries the whole classification; only a newer one replaces what we have. */
    private static void classifyIfNewer(ClockRow row, TicketClassification classification, Instant at) {
        if (row.classifiedAt == null || !at.isBefore(row.classifiedAt)) {
            ClockStore.classify(row, classification, at);
        }
    }
}
