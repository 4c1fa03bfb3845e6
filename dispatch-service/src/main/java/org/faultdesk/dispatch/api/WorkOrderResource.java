package org.faultdesk.dispatch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.dispatch.domain.WorkOrderLogEntry;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/** The dispatcher's view: work orders by ticket, and each order's audit trail. */
@Path("/work-orders")
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN})
public class WorkOrderResource {

    @GET
    public List<WorkOrderView> byTicket(@QueryParam("ticketId") String ticketId) {
        if (ticketId == null || ticketId.isBlank()) {
            throw new ProblemException(400, "missing-parameter", "Missing query parameter",
                    "query parameter 'ticketId' is required");
        }
        return WorkOrder.<WorkOrder>list("ticketId", ticketId).stream().map(WorkOrderView::of).toList();
    }

    @GET
    @Path("/{workOrderId}")
    public WorkOrderView one(@PathParam("workOrderId") String workOrderId) {
        return WorkOrderView.of(find(workOrderId));
    }

    /** Every assignment, decline, time-out, booking and visit step, oldest first. */
    @GET
    @Path("/{workOrderId}/history")
    public List<WorkOrderLogView> history(@PathParam("workOrderId") String workOrderId) {
        find(workOrderId);
        return WorkOrderLogEntry.of(workOrderId).stream().map(WorkOrderLogView::of).toList();
    }

    private static WorkOrder find(String workOrderId) {
        WorkOrder order = WorkOrder.findById(workOrderId);
        if (order == null) {
            throw new ProblemException(404, "work-order-not-found", "Work order not found", "no work order " + workOrderId);
        }
        return order;
    }
}
