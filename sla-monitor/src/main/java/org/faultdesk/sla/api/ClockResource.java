package org.faultdesk.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.sla.app.ClockKeeper;
import org.faultdesk.sla.app.SlaRules;
import org.faultdesk.sla.domain.Allowances;
import org.faultdesk.sla.domain.ClockState;
import org.faultdesk.sla.domain.EscalationStage;
import org.faultdesk.sla.domain.RestorePolicy;
import org.faultdesk.sla.domain.SlaClock;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/** A ticket's restore clock: state, deadline, elapsed and paused time, stages fired and pending. */
@Path("/sla/clocks")
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    ClockStore store;

    @Inject
    SlaRules rules;

    @Inject
    Clock clock;

    @GET
    @Path("/{ticketId}")
    public ClockView clock(@PathParam("ticketId") String ticketId) {
        ClockRow row = store.find(ticketId).orElseThrow(() -> notFound(ticketId));
        SlaClock slaClock = ClockKeeper.clockOf(row).orElseThrow(() -> notFound(ticketId));
        Instant now = clock.instant();
        TicketClassification classification = ClockStore.classification(row);
        RestorePolicy policy = rules.policies().rows().stream().filter(p -> p.key().equals(row.policyKey)).findFirst()
                .orElse(rules.policies().lookup(classification).policy());
        Instant nextDue = store.nextDue(ticketId).orElse(null);
        return new ClockView(row.ticketId, slaClock.state().name(), slaClock.openedAt(), classification,
                row.policyKey, row.defaultPolicy, Allowances.describe(policy.allowance()), Allowances.describe(policy.limit()),
                row.restoreDeadline, slaClock.projectedDeadline(now), slaClock.elapsed(now), slaClock.elapsedPercent(now),
                slaClock.reading().pausedTotal(), slaClock.reading().stoppedAt(), row.outcome,
                row.timeToRestoreMs == null ? null : Duration.ofMillis(row.timeToRestoreMs), row.technicianId,
                stages(row, slaClock, classification, nextDue));
    }

    private List<ClockView.Stage> stages(ClockRow row, SlaClock slaClock, TicketClassification classification, Instant nextDue) {
        List<ClockView.Stage> stages = new ArrayList<>();
        boolean counting = slaClock.state() == ClockState.RUNNING || slaClock.state() == ClockState.PAUSED;
        for (EscalationStage stage : rules.ladders().ladder(classification.customerTier())) {
            String status;
            Instant due = null;
            if (stage.number() <= row.firedStages) {
                status = "FIRED";
                due = slaClock.dueAt(stage.percent());
            } else if (counting) {
                status = slaClock.state() == ClockState.PAUSED ? "PENDING_PAUSED" : "PENDING";
                due = slaClock.state() == ClockState.PAUSED ? null
                        : stage.number() == row.firedStages + 1 && nextDue != null ? nextDue : slaClock.dueAt(stage.percent());
            } else {
                status = "NOT_DUE";
            }
            stages.add(new ClockView.Stage(stage.number(), stage.percent(), stage.kind().name(), stage.level(),
                    stage.roles(), status, due));
        }
        return stages;
    }

    private static ProblemException notFound(String ticketId) {
        return new ProblemException(404, "clock-not-found", "No restore clock",
                "no restore clock for ticket '" + ticketId + "': its ticket-opened event has not been received");
    }
}
