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
import java.util.UUID;
import org.faultdesk.support.outbox.ParkedMessages;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/**
 * The outbox's parked messages, for the ops engineer who fixed what kept them from being sent
 * (created the topic, raised the broker's limit): list them with the reason, then replay them.
 * Every service has this endpoint; {@code ./platform outbox} calls it.
 */
@Path("/admin/outbox/parked")
@RolesAllowed({Roles.OPS, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    @Inject
    ParkedMessages parked;

    @GET
    public List<ParkedMessages.Parked> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return parked.list(ListLimit.checked(limit));
    }

    /** Puts the parked messages (or the one named by {@code eventId}) back in the outbox. */
    @POST
    @Path("/replay")
    public Replayed replay(@QueryParam("eventId") UUID eventId) {
        int replayed = parked.replay(eventId);
        if (eventId != null && replayed == 0) {
            throw new ProblemException(404, "not-parked", "Not parked",
                    "no parked outbox message has event id " + eventId);
        }
        return new Replayed(replayed);
    }

    /** How many messages went back to the outbox. */
    public record Replayed(int replayed) {
    }
}
