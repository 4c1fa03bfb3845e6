package org.faultdesk.support.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.faultdesk.support.messaging.DeadLetters;
import org.faultdesk.support.security.Roles;

/**
 * This service's dead-letter topic for the ops engineer: what is waiting there and why, and a
 * replay onto the original topics after the fix. Every service has this endpoint; {@code ./platform
 * dlq list|replay} calls it.
 */
@Path("/admin/dead-letters")
@RolesAllowed({Roles.OPS, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterAdminResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    public List<DeadLetters.DeadLetter> waiting(@QueryParam("limit") @DefaultValue("100") int limit) {
        return deadLetters.waiting(ListLimit.checked(limit));
    }

    @POST
    @Path("/replay")
    public DeadLetters.Replayed replay() {
        return deadLetters.replay();
    }
}
