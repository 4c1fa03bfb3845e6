package org.faultdesk.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.Escalation;
import org.faultdesk.notification.persistence.EscalationStore;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;
import org.jboss.logging.Logger;

/** Escalations received, and their acknowledgement by a supervisor, which stops the repetition. */
@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private static final Logger LOG = Logger.getLogger(EscalationResource.class);

    @Inject
    Clock clock;

    @Inject
    EscalationStore escalations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    public List<EscalationView> list(@QueryParam("ticketId") @NotBlank String ticketId) {
        return escalations.forTicket(ticketId).stream().map(EscalationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
    public EscalationView get(@PathParam("id") UUID id) {
        return EscalationView.of(find(id, false));
    }

    /**
     * The supervisor whose token it is takes the escalation in hand: only one it was routed to (one
     * of its alerts went to them), 403 for anyone else. Acknowledging it again is harmless and keeps
     * the first acknowledgement. A body is not needed; who acknowledged is the token's user name.
     */
    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public EscalationView acknowledge(@PathParam("id") UUID id) {
        Escalation escalation = find(id, true);
        // The person id as the directory writes it; user names may be kept in lower case (Keycloak).
        Delivery routed = Delivery.<Delivery>find("eventId = ?1 and lower(recipient) = ?2", escalation.eventId,
                caller.name().toLowerCase(Locale.ROOT)).firstResult();
        if (routed == null) {
            throw new ProblemException(403, "not-your-escalation", "Not your escalation",
                    "escalation " + id + " was not routed to " + caller.name());
        }
        String supervisor = routed.recipient;
        if (escalation.acknowledgedAt == null) {
            escalation.acknowledgedAt = clock.instant();
            escalation.acknowledgedBy = supervisor;
            escalation.nextRepeatAt = null;
            LOG.infof("ticket %s: escalation level %d acknowledged by %s", escalation.ticketId, escalation.level,
                    supervisor);
        }
        return EscalationView.of(escalation);
    }

    private static Escalation find(UUID id, boolean lock) {
        Escalation escalation = lock ? Escalation.findById(id, LockModeType.PESSIMISTIC_WRITE) : Escalation.findById(id);
        if (escalation == null) {
            throw new ProblemException(404, "escalation-not-found", "Escalation not found", "no escalation " + id);
        }
        return escalation;
    }
}
