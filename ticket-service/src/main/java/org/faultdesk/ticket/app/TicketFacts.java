package org.faultdesk.ticket.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.support.outbox.ProcessedEvents;
import org.faultdesk.ticket.domain.Ticket;
import org.faultdesk.ticket.persistence.TicketStore;
import org.jboss.logging.Logger;

/**
 * How every listener applies an event: once per event id, to the locked ticket, in the handler's
 * transaction. Events about tickets this service does not know (other tests', other systems') are
 * skipped, never dead-lettered: they are valid, just not ours.
 */
@ApplicationScoped
public class TicketFacts {

    private static final Logger LOG = Logger.getLogger(TicketFacts.class);

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    TicketStore store;

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyOnce(TicketEvent event, Consumer<Ticket> effect) {
        if (!processedEvents.firstDelivery(event)) {
            return;
        }
        store.findForUpdate(event.ticketId()).ifPresentOrElse(effect,
                () -> LOG.debugf("ticket %s: %s for a ticket this service does not know; skipped",
                        event.ticketId(), event.getClass().getSimpleName()));
    }
}
