package org.faultdesk.ticket.domain;

import static org.faultdesk.events.TicketStatus.ACKNOWLEDGED;
import static org.faultdesk.events.TicketStatus.CANCELLED;
import static org.faultdesk.events.TicketStatus.CLOSED;
import static org.faultdesk.events.TicketStatus.HELD;
import static org.faultdesk.events.TicketStatus.IN_PROGRESS;
import static org.faultdesk.events.TicketStatus.PENDING;
import static org.faultdesk.events.TicketStatus.REJECTED;
import static org.faultdesk.events.TicketStatus.RESOLVED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.faultdesk.events.TicketStatus;

/**
 * The TMF621 trouble-ticket lifecycle: {@code acknowledged → inProgress ⇄ pending / held →
 * resolved → closed}, plus {@code rejected} (only before work starts), {@code cancelled} (any time
 * before resolution) and reopening a resolved ticket (back to {@code inProgress}).
 *
 * <p>An acknowledged ticket may go straight to pending, held or resolved: a consultation is often
 * answered on the phone, and a technician may report an absent customer before anyone set the
 * ticket in progress.
 */
public final class TicketLifecycle {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        NEXT.put(ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, PENDING, HELD, RESOLVED, REJECTED, CANCELLED));
        NEXT.put(IN_PROGRESS, EnumSet.of(PENDING, HELD, RESOLVED, CANCELLED));
        NEXT.put(PENDING, EnumSet.of(IN_PROGRESS, HELD, RESOLVED, CANCELLED));
        NEXT.put(HELD, EnumSet.of(IN_PROGRESS, PENDING, RESOLVED, CANCELLED));
        // Reopen: the customer says the fault is back before the ticket is closed.
        NEXT.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
        NEXT.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(REJECTED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(TicketStatus.class));
    }

    private TicketLifecycle() {
    }

    /** Where a ticket may go from {@code from}. */
    public static Set<TicketStatus> allowedFrom(TicketStatus from) {
        return Collections.unmodifiableSet(NEXT.get(from));
    }

    public static boolean allows(TicketStatus from, TicketStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws {@link IllegalTransitionException} unless the move is allowed. */
    public static void check(TicketStatus from, TicketStatus to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(from, to, allowedFrom(from));
        }
    }

    /** A move out of {@code resolved} back into work. */
    public static boolean isReopen(TicketStatus from, TicketStatus to) {
        return from == RESOLVED && to == IN_PROGRESS;
    }
}
