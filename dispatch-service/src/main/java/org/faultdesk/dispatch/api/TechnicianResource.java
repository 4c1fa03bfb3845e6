package org.faultdesk.dispatch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.faultdesk.dispatch.app.TechnicianRegistry;
import org.faultdesk.support.security.Roles;

/** The technicians registry: who may be dispatched, where, for what, and when. */
@Path("/technicians")
@RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN})
public class TechnicianResource {

    @Inject
    TechnicianRegistry registry;

    @GET
    public List<TechnicianView> list(@QueryParam("area") String areaCode, @QueryParam("skill") String skill) {
        return registry.list(areaCode, skill).stream().map(TechnicianView::of).toList();
    }

    @GET
    @Path("/{technicianId}")
    public TechnicianView get(@PathParam("technicianId") String id) {
        return TechnicianView.of(registry.get(id));
    }

    @POST
    @RolesAllowed({Roles.DISPATCHER, Roles.ADMIN})
    public Response register(@Valid @NotNull NewTechnicianRequest request) {
        TechnicianView created = TechnicianView.of(registry.register(request.toTechnician()));
        return Response.created(URI.create("/technicians/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{technicianId}/duty")
    @RolesAllowed({Roles.DISPATCHER, Roles.ADMIN})
    public TechnicianView duty(@PathParam("technicianId") String id, @Valid @NotNull DutyChangeRequest change) {
        return TechnicianView.of(registry.setOnDuty(id, change.onDuty()));
    }
}
