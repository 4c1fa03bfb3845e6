package org.faultdesk.platform.simulator;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.faultdesk.events.TicketKind;

/**
 * What the call-centre agent resolves without a technician (首问负责: the agent who took it owns
 * it): a consultation within seconds, a complaint after looking into it for a minute or two, so
 * that a mobile-network complaint sometimes misses its demo deadline of two minutes. Faults and
 * installations are the technicians' to resolve.
 */
public final class AgentHandling {

    private AgentHandling() {
    }

    /** How long the agent takes before resolving a ticket of {@code kind}; empty when a technician must go. */
    public static Optional<Duration> timeToResolve(TicketKind kind, Random random) {
        return switch (kind) {
            case CONSULTATION -> Optional.of(Pauses.between(5, 20, random));
            case COMPLAINT -> Optional.of(Pauses.between(30, 150, random));
            case SERIOUS_COMPLAINT -> Optional.of(Pauses.between(60, 240, random));
            case FAULT, INSTALLATION -> Optional.empty();
        };
    }

    /** The resolution code an agent records for {@code kind}. */
    public static String resolutionCode(TicketKind kind) {
        return kind == TicketKind.CONSULTATION ? "ANSWERED_ON_THE_PHONE" : "COMPLAINT_SETTLED";
    }
}
