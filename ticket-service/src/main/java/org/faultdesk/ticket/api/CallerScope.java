package org.faultdesk.ticket.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;
import org.faultdesk.ticket.persistence.TicketScope;

/** The tickets the caller of this request may see and change, for every resource that shows tickets. */
@ApplicationScoped
public class CallerScope {

    @Inject
    Caller caller;

    /**
     * Every ticket for an administrator or a dispatcher; otherwise the agent's channels and the
     * supervisor's areas, as the token names them. A token that names neither gets a 403 saying
     * which claim is missing, not an empty world.
     */
    public TicketScope current() {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.DISPATCHER)) {
            return TicketScope.EVERYTHING;
        }
        TicketScope scope = TicketScope.of(
                caller.hasRole(Roles.AGENT) ? caller.claimValues(Roles.CHANNEL_CLAIM) : Set.of(),
                caller.hasRole(Roles.SUPERVISOR) ? caller.claimValues(Roles.AREAS_CLAIM) : Set.of());
        if (scope.isEmpty()) {
            throw new ProblemException(403, "no-ticket-scope", "No tickets in your scope",
                    "an agent's token names the channel they work for (claim '" + Roles.CHANNEL_CLAIM
                            + "'), a supervisor's the areas they look after (claim '" + Roles.AREAS_CLAIM
                            + "'); yours names neither");
        }
        return scope;
    }
}
