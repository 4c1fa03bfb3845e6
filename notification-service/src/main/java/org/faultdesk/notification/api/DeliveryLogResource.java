package org.faultdesk.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/** The delivery log: every message, by ticket, recipient and status, newest first. */
@Path("/api/v1/deliveries")
@RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    @Inject
    DeliveryStore deliveries;

    @GET
    public List<DeliveryView> search(@QueryParam("ticketId") String ticketId,
                                    @QueryParam("recipient") String recipient,
                                    @QueryParam("status") DeliveryStatus status,
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        if (ticketId == null && recipient == null && status == null) {
            throw new ProblemException(400, "filter-required", "Filter required",
                    "give at least one of ticketId, recipient, status");
        }
        return deliveries.search(ticketId, recipient, status, limit).stream().map(DeliveryView::of).toList();
    }
}
