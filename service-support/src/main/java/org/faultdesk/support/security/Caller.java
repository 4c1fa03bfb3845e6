package org.faultdesk.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, as the verified token says: the actor of every audit record. Never a header
 * the caller writes (a forged {@code X-Actor} is ignored).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** The token's user name ({@code preferred_username}; a service account's is its client's). */
    public String name() {
        if (identity.isAnonymous()) {
            // Only an endpoint that admits anonymous callers could get here, and none does.
            throw new IllegalStateException("no authenticated caller");
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
