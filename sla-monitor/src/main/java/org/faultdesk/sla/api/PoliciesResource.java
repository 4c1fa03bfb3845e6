package org.faultdesk.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.faultdesk.sla.app.SlaRules;
import org.faultdesk.sla.domain.Allowances;
import org.faultdesk.sla.domain.RestorePolicies;
import org.faultdesk.sla.domain.RestorePolicy;
import org.faultdesk.support.security.Roles;

/** The restore and response policies, the milestones' proofs, the escalation ladders and the calendar in force. */
@Path("/sla/policies")
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    SlaRules rules;

    @GET
    public PoliciesView policies() {
        return new PoliciesView(rules.policies().rows().stream().map(PoliciesResource::view).toList(),
                rules.responses().rows().stream().map(r -> new PoliciesView.ResponsePolicy(r.milestone(),
                        r.pause().name(), view(r.terms()))).toList(),
                rules.milestones().proofs().stream().map(p -> new PoliciesView.MilestoneProof(p.milestone(), p.topic(),
                        p.condition())).toList(),
                rules.ladders().all(), rules.calendar().zone().getId(), rules.calendar().overrides());
    }

    private static PoliciesView.Policy view(RestorePolicy p) {
        return new PoliciesView.Policy(p.key(), name(p.kind()), name(p.serviceType()), name(p.faultScope()),
                name(p.locality()), name(p.tier()), Allowances.describe(p.allowance()), Allowances.describe(p.limit()),
                p.source().name(), p.provenance(), p.key().equals(RestorePolicies.FALLBACK_KEY));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
