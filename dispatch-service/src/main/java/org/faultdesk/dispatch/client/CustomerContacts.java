package org.faultdesk.dispatch.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.faultdesk.ticketclient.CustomerContact;
import org.faultdesk.ticketclient.TicketServiceClient;
import org.jboss.logging.Logger;

/**
 * The customer's contact for a technician's open work order. ticket-service being slow or down
 * must not stop the technician from seeing the job: the contact is then simply left out.
 */
@ApplicationScoped
public class CustomerContacts {

    private static final Logger LOG = Logger.getLogger(CustomerContacts.class);

    @Inject
    @RestClient
    TicketServiceClient ticketService;

    public Optional<CustomerContact> of(String ticketId) {
        try {
            return Optional.ofNullable(ticketService.customerContact(ticketId));
        } catch (RuntimeException e) {
            // WebApplicationException for 4xx/5xx, ProcessingException for timeouts and refusals.
            LOG.warnf("ticket %s: customer contact unavailable from ticket-service: %s", ticketId, e.getMessage());
            return Optional.empty();
        }
    }
}
