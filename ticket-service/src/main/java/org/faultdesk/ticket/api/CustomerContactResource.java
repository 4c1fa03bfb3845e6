package org.faultdesk.ticket.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;
import org.faultdesk.ticket.app.TicketService;
import org.faultdesk.ticket.domain.ContactLanguage;
import org.faultdesk.ticket.domain.CustomerContact;
import org.faultdesk.ticket.persistence.ContactReads;

/**
 * Internal: the customer's contact for the services that must reach the customer (dispatch for the
 * visit, notification for SMS and e-mail). Events never carry it (docs/adr/0003).
 */
@Path("/internal/v1/tickets/{id}/customer-contact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal", description = "For other Faultdesk services only; not for call centres")
public class CustomerContactResource {

    /** The contact of one ticket's customer; email and address may be null. */
    public record CustomerContactView(String ticketId, String name, String phone, String email, String address,
                                      ContactLanguage language) {
    }

    @Inject
    TicketService tickets;

    @Inject
    Caller caller;

    @Inject
    ContactReads contactReads;

    @GET
    @RolesAllowed(Roles.CONTACT_READER)
    @Operation(summary = "The customer's contact for a ticket (internal)")
    public CustomerContactView contact(@PathParam("id") String ticketId) {
        CustomerContact contact = tickets.get(ticketId).contact;
        // Who read customer data is recorded (seed 002, PIPL); the data itself is not.
        contactReads.record(ticketId, caller.name(), ContactReads.Purpose.CUSTOMER_CONTACT);
        return new CustomerContactView(ticketId, contact.name, contact.phone, contact.email, contact.address,
                contact.language);
    }
}
