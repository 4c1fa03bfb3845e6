package org.faultdesk.ticketclient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ticket-service's internal API: the customer's contact is kept there only (ADR 0003). */
@RegisterRestClient(configKey = "ticket-service")
@Path("/internal/v1/tickets")
public interface TicketServiceClient {

    @GET
    @Path("/{ticketId}/customer-contact")
    @Produces(MediaType.APPLICATION_JSON)
    CustomerContact customerContact(@PathParam("ticketId") String ticketId);
}
