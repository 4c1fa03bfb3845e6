package org.faultdesk.notification.api;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.faultdesk.notification.domain.Escalation;
import org.faultdesk.notification.persistence.EscalationStore;
import org.faultdesk.support.problem.ProblemException;
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

    @GET
    public List<EscalationView> list(@QueryParam("ticketId") @NotBlank String ticketId) {
        return escalations.forTicket(ticketId).stream().map(EscalationView::of).toList();
    }

    @GET
    @Path("/{id}")
    public EscalationView get(@PathParam("id") UUID id) {
        return EscalationView.of(find(id, false));
    }

    /** Acknowledges the escalation; acknowledging it again is harmless and keeps the first acknowledgement. */
    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public EscalationView acknowledge(@PathParam("id") UUID id, @Valid @NotNull AcknowledgementRequest body) {
        Escalation escalation = find(id, true);
        if (escalation.acknowledgedAt == null) {
            escalation.acknowledgedAt = clock.instant();
            escalation.acknowledgedBy = body.acknowledgedBy();
            escalation.nextRepeatAt = null;
            LOG.infof("ticket %s: escalation level %d acknowledged by %s", escalation.ticketId, escalation.level,
                    body.acknowledgedBy());
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
