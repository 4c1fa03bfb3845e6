package org.faultdesk.ticket.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultdesk.ticket.domain.Ticket;

/**
 * Which tickets a caller may see and change: every ticket (an administrator, a dispatcher), or
 * those of some channels (an agent's, from the token) and of some areas (a supervisor's). To a
 * caller, a ticket outside its scope is a ticket that does not exist.
 */
public record TicketScope(boolean everything, Set<String> channels, Set<String> areas) {

    public static final TicketScope EVERYTHING = new TicketScope(true, Set.of(), Set.of());

    public TicketScope {
        channels = Set.copyOf(channels);
        areas = Set.copyOf(areas);
    }

    /** Only what the token names: the agent's channels and the supervisor's areas. */
    public static TicketScope of(Set<String> channels, Set<String> areas) {
        return new TicketScope(false, channels, areas);
    }

    public boolean isEmpty() {
        return !everything && channels.isEmpty() && areas.isEmpty();
    }

    public boolean admits(Ticket ticket) {
        return everything || channels.contains(ticket.channel) || areas.contains(ticket.areaCode);
    }

    public boolean admitsChannel(String channel) {
        return everything || channels.contains(channel);
    }

    /** The search condition of this scope (null for everything), its parameters added to {@code params}. */
    String condition(Map<String, Object> params) {
        return condition("", params);
    }

    /** The same, on a ticket named {@code alias} in a query that joins tickets with something else. */
    public String condition(String alias, Map<String, Object> params) {
        if (everything) {
            return null;
        }
        String ticket = alias.isEmpty() ? "" : alias + ".";
        List<String> either = new ArrayList<>();
        if (!channels.isEmpty()) {
            either.add(ticket + "channel in :scopeChannels");
            params.put("scopeChannels", channels);
        }
        if (!areas.isEmpty()) {
            either.add(ticket + "areaCode in :scopeAreas");
            params.put("scopeAreas", areas);
        }
        return either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")";
    }
}
