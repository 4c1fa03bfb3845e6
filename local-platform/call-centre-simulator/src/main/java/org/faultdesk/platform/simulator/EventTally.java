package org.faultdesk.platform.simulator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;

/**
 * Counts what happened to this run's tickets, from the events on Kafka: how many tickets were
 * opened, dispatched, resolved, warned about, escalated, and resolved after their deadline.
 *
 * <p>The platform's topics also hold earlier runs' tickets, which may still escalate. Only the
 * tickets this run posted count; an event may arrive before the POST that created its ticket has
 * answered, so every event is kept by ticket id and the filter is applied when counting.
 */
public final class EventTally {

    /** What a ticket went through, one fact per counted column. */
    public enum Fact { OPENED, DISPATCHED, RESOLVED, WARNED, ESCALATED, BREACHED }

    /** The counts of this run's tickets: each ticket counts once per fact, however many events said it. */
    public record Summary(int opened, int dispatched, int resolved, int warned, int escalated, int breached) {

        public String line() {
            return String.format("opened %d · dispatched %d · resolved %d · warned %d · escalated %d · breached %d",
                    opened, dispatched, resolved, warned, escalated, breached);
        }
    }

    private final Set<String> ours = ConcurrentHashMap.newKeySet();
    private final Map<Fact, Set<String>> ticketsByFact = new EnumMap<>(Fact.class);

    public EventTally() {
        for (Fact fact : Fact.values()) {
            ticketsByFact.put(fact, ConcurrentHashMap.newKeySet());
        }
    }

    /** A ticket this run posted. */
    public void ours(String ticketId) {
        ours.add(ticketId);
    }

    public boolean isOurs(String ticketId) {
        return ours.contains(ticketId);
    }

    /** Takes one event from any topic; the fact it tells, if it is one that is counted. */
    public Optional<Fact> record(TicketEvent event) {
        Optional<Fact> fact = factOf(event);
        fact.ifPresent(f -> ticketsByFact.get(f).add(event.ticketId()));
        return fact;
    }

    public boolean has(String ticketId, Fact fact) {
        return ticketsByFact.get(fact).contains(ticketId);
    }

    /** This run's tickets that went through {@code fact}. */
    public List<String> ours(Fact fact) {
        return ticketsByFact.get(fact).stream().filter(ours::contains).sorted().toList();
    }

    public Summary summary() {
        return new Summary(count(Fact.OPENED), count(Fact.DISPATCHED), count(Fact.RESOLVED), count(Fact.WARNED),
                count(Fact.ESCALATED), count(Fact.BREACHED));
    }

    private int count(Fact fact) {
        return (int) ticketsByFact.get(fact).stream().filter(ours::contains).count();
    }

    static Optional<Fact> factOf(TicketEvent event) {
        if (event instanceof TicketOpened) {
            return Optional.of(Fact.OPENED);
        }
        if (event instanceof TicketDispatched) {
            return Optional.of(Fact.DISPATCHED);
        }
        if (event instanceof TicketResolved) {
            return Optional.of(Fact.RESOLVED);
        }
        if (event instanceof SlaWarningRaised) {
            return Optional.of(Fact.WARNED);
        }
        if (event instanceof TicketEscalated) {
            return Optional.of(Fact.ESCALATED);
        }
        // A missed restore deadline; a missed response (the work order, the reply) is not a late restoration.
        if (event instanceof SlaClockStopped stopped && stopped.outcome() == SlaOutcome.BREACHED && stopped.isRestoreClock()) {
            return Optional.of(Fact.BREACHED);
        }
        return Optional.empty();
    }
}
