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
import java.util.Optional;
import java.util.stream.Stream;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.sla.app.ClockKeeper;
import org.faultdesk.sla.app.SlaRules;
import org.faultdesk.sla.domain.Allowances;
import org.faultdesk.sla.domain.ClockState;
import org.faultdesk.sla.domain.EscalationStage;
import org.faultdesk.sla.domain.ResponsePolicy;
import org.faultdesk.sla.domain.RestorePolicy;
import org.faultdesk.sla.domain.SlaClock;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/**
 * A ticket's clocks: the restore clock (state, deadline, elapsed and paused time, stages fired and
 * pending) with its response clocks, each told the same way.
 */
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
        Instant now = clock.instant();
        List<ClockView> responses = store.responseClocks(ticketId).stream()
                .flatMap(response -> view(response, now, List.of()).stream()).toList();
        return view(row, now, responses).orElseThrow(() -> notFound(ticketId));
    }

    /** A clock as it stands at {@code now}; empty until its ticket's opening is known. */
    private Optional<ClockView> view(ClockRow row, Instant now, List<ClockView> responseClocks) {
        Optional<SlaClock> found = ClockKeeper.clockOf(row);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SlaClock slaClock = found.get();
        TicketClassification classification = ClockStore.classification(row);
        RestorePolicy policy = Stream.concat(rules.policies().rows().stream(),
                        rules.responses().rows().stream().map(ResponsePolicy::terms))
                .filter(p -> p.key().equals(row.policyKey)).findFirst()
                .orElse(rules.policies().lookup(classification).policy());
        Instant nextDue = store.nextDue(row.ticketId, row.clock).orElse(null);
        return Optional.of(new ClockView(row.ticketId, row.clock, slaClock.state().name(), slaClock.openedAt(),
                classification, row.policyKey, row.defaultPolicy, Allowances.describe(policy.allowance()),
                Allowances.describe(policy.limit()), row.restoreDeadline, slaClock.projectedDeadline(now),
                slaClock.elapsed(now), slaClock.elapsedPercent(now), slaClock.reading().pausedTotal(),
                slaClock.reading().stoppedAt(), row.outcome,
                row.timeToRestoreMs == null ? null : Duration.ofMillis(row.timeToRestoreMs), row.technicianId,
                stages(row, slaClock, classification, nextDue), responseClocks));
    }

    private List<ClockView.Stage> stages(ClockRow row, SlaClock slaClock, TicketClassification classification, Instant nextDue) {
        List<ClockView.Stage> stages = new ArrayList<>();
        boolean counting = slaClock.state() == ClockState.RUNNING || slaClock.state() == ClockState.PAUSED;
        for (EscalationStage stage : rules.ladder(row.clock, classification.customerTier())) {
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
