package org.faultdesk.notification.api;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.support.problem.ProblemException;

/** The delivery log: every message, by ticket, recipient and status, newest first. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    @GET
    public List<DeliveryView> search(@QueryParam("ticketId") String ticketId,
                                    @QueryParam("recipient") String recipient,
                                    @QueryParam("status") DeliveryStatus status,
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        if (ticketId == null && recipient == null && status == null) {
            throw new ProblemException(400, "filter-required", "Filter required",
                    "give at least one of ticketId, recipient, status");
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (ticketId != null) {
            where.add("ticketId = :ticketId");
            params.and("ticketId", ticketId);
        }
        if (recipient != null) {
            where.add("recipient = :recipient");
            params.and("recipient", recipient);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        return Delivery.<Delivery>find(String.join(" and ", where), Sort.descending("id"), params)
                .page(0, limit).list().stream().map(DeliveryView::of).toList();
    }
}
