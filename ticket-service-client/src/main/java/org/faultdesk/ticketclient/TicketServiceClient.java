package org.faultdesk.ticketclient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ticket-service's internal API: the customer's contact is kept there only (ADR 0003). Every call
 * carries this service's own token (client credentials, role {@code contact-reader}).
 */
@RegisterRestClient(configKey = "ticket-service")
@OidcClientFilter
@Path("/internal/v1/tickets")
public interface TicketServiceClient {

    @GET
    @Path("/{ticketId}/customer-contact")
    @Produces(MediaType.APPLICATION_JSON)
    CustomerContact customerContact(@PathParam("ticketId") String ticketId);
}
