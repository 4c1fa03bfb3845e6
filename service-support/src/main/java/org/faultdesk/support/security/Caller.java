package org.faultdesk.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

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

    /**
     * The values of a claim of the caller's token: a JSON list, or one string of values separated
     * by spaces or commas (as identity providers map a multi-valued user attribute either way);
     * empty when the token has no such claim.
     */
    public Set<String> claimValues(String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(name)) {
            return Set.of();
        }
        Object value = token.getClaim(name);
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) { // a JsonArray is a List<JsonValue>
            list.forEach(element -> values.addAll(split(element)));
        } else {
            values.addAll(split(value));
        }
        return Set.copyOf(values);
    }

    private static List<String> split(Object value) {
        String text = value instanceof JsonString string ? string.getString() : String.valueOf(value);
        return Arrays.stream(text.split("[\\s,]+")).filter(part -> !part.isEmpty()).toList();
    }
}
