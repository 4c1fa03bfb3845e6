package org.faultdesk.dispatch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.faultdesk.dispatch.app.FieldVisits;
import org.faultdesk.dispatch.client.CustomerContacts;
import org.faultdesk.dispatch.domain.WorkOrder;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;
import org.faultdesk.ticketclient.CustomerContact;

/**
 * The technician's side of the visit, for the technician whose token it is: the path's technician
 * id must be the token's user name (403 otherwise, whatever the caller writes in the path), and
 * acting on a work order held by someone else is refused with 403, a step in the wrong state with 409.
 */
@Path("/technicians/{technicianId}/work-orders")
@RolesAllowed(Roles.TECHNICIAN)
public class TechnicianWorkOrderResource {

    @Inject
    FieldVisits visits;

    @Inject
    CustomerContacts contacts;

    @Inject
    Caller caller;

    @PathParam("technicianId")
    String pathTechnicianId;

    /**
     * The technician acting: the token's user name, which the path must repeat. Without regard to
     * case, since identity providers keep user names in lower case (Keycloak does) and ids are not.
     */
    private String technicianId() {
        String self = caller.name();
        if (!self.equalsIgnoreCase(pathTechnicianId)) {
            throw new ProblemException(403, "not-your-work-orders", "Not your work orders",
                    "a technician sees and acts on their own work orders only: the path names " + pathTechnicianId
                            + ", the token " + self);
        }
        return pathTechnicianId;
    }

    @GET
    public List<WorkOrderView> mine() {
        return visits.held(technicianId()).stream().map(WorkOrderView::of).toList();
    }

    /** The job, with the customer's contact while the order is open (fetched, never stored). */
    @GET
    @Path("/{workOrderId}")
    public WorkOrderView one(@PathParam("workOrderId") String workOrderId) {
        WorkOrder order = visits.view(technicianId(), workOrderId);
        CustomerContact contact = order.status.isClosed() ? null : contacts.of(order.ticketId).orElse(null);
        return WorkOrderView.of(order, contact);
    }

    @POST
    @Path("/{workOrderId}/accept")
    public WorkOrderView accept(@PathParam("workOrderId") String workOrderId) {
        return WorkOrderView.of(visits.accept(technicianId(), workOrderId));
    }

    @POST
    @Path("/{workOrderId}/decline")
    public WorkOrderView decline(@PathParam("workOrderId") String workOrderId,
                                 @Valid @NotNull FieldRequests.DeclineRequest body) {
        return WorkOrderView.of(visits.decline(technicianId(), workOrderId, body.reason()));
    }

    @POST
    @Path("/{workOrderId}/appointment")
    public WorkOrderView book(@PathParam("workOrderId") String workOrderId,
                              @Valid @NotNull FieldRequests.AppointmentRequest body) {
        return WorkOrderView.of(visits.book(technicianId(), workOrderId, body.start(), body.end(), body.note()));
    }

    /** The customer asked for another time (尊重客户的时间优先选择权). */
    @POST
    @Path("/{workOrderId}/customer-rebooking")
    public WorkOrderView rebook(@PathParam("workOrderId") String workOrderId,
                                @Valid @NotNull FieldRequests.AppointmentRequest body) {
        return WorkOrderView.of(visits.rebookForCustomer(technicianId(), workOrderId, body.start(), body.end(), body.note()));
    }

    @POST
    @Path("/{workOrderId}/en-route")
    public WorkOrderView enRoute(@PathParam("workOrderId") String workOrderId) {
        return WorkOrderView.of(visits.setOff(technicianId(), workOrderId));
    }

    @POST
    @Path("/{workOrderId}/arrival")
    public WorkOrderView arrived(@PathParam("workOrderId") String workOrderId) {
        return WorkOrderView.of(visits.arrive(technicianId(), workOrderId));
    }

    @POST
    @Path("/{workOrderId}/customer-absence")
    public WorkOrderView customerAbsent(@PathParam("workOrderId") String workOrderId,
                                        @Valid @NotNull FieldRequests.NoteRequest body) {
        return WorkOrderView.of(visits.customerAbsent(technicianId(), workOrderId, body.note()));
    }

    @POST
    @Path("/{workOrderId}/support-request")
    public WorkOrderView supportRequest(@PathParam("workOrderId") String workOrderId,
                                        @Valid @NotNull FieldRequests.NoteRequest body) {
        return WorkOrderView.of(visits.requestSupport(technicianId(), workOrderId, body.note()));
    }

    @POST
    @Path("/{workOrderId}/completion")
    public WorkOrderView complete(@PathParam("workOrderId") String workOrderId,
                                  @Valid @NotNull FieldRequests.CompletionRequest body) {
        return WorkOrderView.of(visits.complete(technicianId(), workOrderId, body.resolutionCode(), body.notes()));
    }
}
