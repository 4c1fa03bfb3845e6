package org.faultdesk.ticket.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.faultdesk.events.TicketStatus;

/** A status change the ticket lifecycle does not allow; the message lists what is allowed. */
public class IllegalTransitionException extends RuntimeException {

    private final TicketStatus from;
    private final TicketStatus to;

    public IllegalTransitionException(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed) {
        super("a ticket in status '" + from.tmfName() + "' cannot become '" + to.tmfName() + "'; allowed: "
                + (allowed.isEmpty() ? "none (final status)"
                        : allowed.stream().map(TicketStatus::tmfName).collect(Collectors.joining(", "))));
        this.from = from;
        this.to = to;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }
}
