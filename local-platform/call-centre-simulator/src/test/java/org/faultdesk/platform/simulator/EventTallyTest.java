package org.faultdesk.platform.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.junit.jupiter.api.Test;

class EventTallyTest {

    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");
    private static final TicketClassification AAA_LINE = new TicketClassification(TicketKind.FAULT,
            ServiceType.INTERNET_LEASED_LINE, CustomerTier.AAA, Severity.CRITICAL, 1, FaultScope.WITHIN_CITY,
            Locality.URBAN, "GZ-BAIYUN-02");

    private final EventTally tally = new EventTally();

    private static TicketOpened opened(String ticketId) {
        return new TicketOpened(UUID.randomUUID(), T0, ticketId, 1, T0, AAA_LINE, "Leased line down", "crm-gd");
    }

    private static TicketDispatched dispatched(String ticketId, int assignment) {
        return new TicketDispatched(UUID.randomUUID(), T0, ticketId, 1, "WO-" + ticketId, "T-GZ-001", "Chen Wei",
                "GZ-TIANHE-ENT", "in-house", "GZ-TIANHE-03", assignment, TicketDispatched.Reason.FIRST_ASSIGNMENT);
    }

    private static TicketResolved resolved(String ticketId) {
        return new TicketResolved(UUID.randomUUID(), T0, ticketId, 1, T0.plusSeconds(50), AAA_LINE, "FIBRE_SPLICED", "T-GZ-001");
    }

    private static SlaWarningRaised warned(String ticketId, int stage) {
        return new SlaWarningRaised(UUID.randomUUID(), T0, ticketId, 1, stage, EscalationRole.TEAM_LEAD, 25,
                T0.plusSeconds(15), T0.plusSeconds(60), AAA_LINE, null);
    }

    private static TicketEscalated escalated(String ticketId, int level) {
        return new TicketEscalated(UUID.randomUUID(), T0, ticketId, 1, level, EscalationRole.AREA_MANAGER, 100 * level,
                T0.plusSeconds(60L * level), T0.plusSeconds(60), Duration.ofSeconds(60L * (level - 1)), true, AAA_LINE, null);
    }

    private static SlaClockStopped stopped(String ticketId, SlaOutcome outcome) {
        return new SlaClockStopped(UUID.randomUUID(), T0, ticketId, 1, outcome, T0, T0.plusSeconds(90),
                T0.plusSeconds(60), Duration.ofSeconds(90), Duration.ZERO, AAA_LINE);
    }

    @Test
    void countsEachOfThisRunsTicketsOncePerFact() {
        tally.ours("TT-1");
        tally.ours("TT-2");
        tally.record(opened("TT-1"));
        tally.record(opened("TT-2"));
        tally.record(dispatched("TT-1", 1));
        tally.record(dispatched("TT-1", 2));
        tally.record(warned("TT-2", 1));
        tally.record(warned("TT-2", 2));
        tally.record(escalated("TT-2", 1));
        tally.record(escalated("TT-2", 2));
        tally.record(resolved("TT-2"));
        tally.record(stopped("TT-2", SlaOutcome.BREACHED));

        assertThat(tally.summary()).isEqualTo(new EventTally.Summary(2, 1, 1, 1, 1, 1));
    }

    @Test
    void leavesOutOtherRunsTickets() {
        tally.ours("TT-MINE");
        tally.record(opened("TT-EARLIER-RUN"));
        tally.record(escalated("TT-EARLIER-RUN", 3));
        tally.record(stopped("TT-EARLIER-RUN", SlaOutcome.BREACHED));

        assertThat(tally.summary()).isEqualTo(new EventTally.Summary(0, 0, 0, 0, 0, 0));
        assertThat(tally.isOurs("TT-EARLIER-RUN")).isFalse();
    }

    @Test
    void countsAnEventThatArrivedBeforeThePostAnswered() {
        tally.record(opened("TT-FAST"));

        tally.ours("TT-FAST");

        assertThat(tally.summary().opened()).isEqualTo(1);
    }

    @Test
    void aDeadlineMetIsNotABreach() {
        tally.ours("TT-3");

        assertThat(tally.record(stopped("TT-3", SlaOutcome.MET))).isEmpty();
        assertThat(tally.record(stopped("TT-3", SlaOutcome.BREACHED))).contains(EventTally.Fact.BREACHED);
        assertThat(tally.summary().breached()).isEqualTo(1);
    }

    @Test
    void remembersWhatHappenedToATicket() {
        tally.record(resolved("TT-4"));

        assertThat(tally.has("TT-4", EventTally.Fact.RESOLVED)).isTrue();
        assertThat(tally.has("TT-4", EventTally.Fact.ESCALATED)).isFalse();
    }

    @Test
    void listsThisRunsTicketsThatWentThroughAFact() {
        tally.ours("TT-2");
        tally.ours("TT-1");
        tally.ours("TT-3");
        tally.record(escalated("TT-2", 1));
        tally.record(escalated("TT-1", 2));
        tally.record(escalated("TT-EARLIER-RUN", 1));

        assertThat(tally.ours(EventTally.Fact.ESCALATED)).containsExactly("TT-1", "TT-2");
    }

    @Test
    void printsOneLine() {
        assertThat(new EventTally.Summary(12, 7, 5, 4, 2, 1).line())
                .isEqualTo("opened 12 · dispatched 7 · resolved 5 · warned 4 · escalated 2 · breached 1");
    }
}
