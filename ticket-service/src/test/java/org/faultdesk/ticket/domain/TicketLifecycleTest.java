package org.faultdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.faultdesk.events.TicketStatus.ACKNOWLEDGED;
import static org.faultdesk.events.TicketStatus.CANCELLED;
import static org.faultdesk.events.TicketStatus.CLOSED;
import static org.faultdesk.events.TicketStatus.HELD;
import static org.faultdesk.events.TicketStatus.IN_PROGRESS;
import static org.faultdesk.events.TicketStatus.PENDING;
import static org.faultdesk.events.TicketStatus.REJECTED;
import static org.faultdesk.events.TicketStatus.RESOLVED;

import java.time.Instant;
import java.util.EnumSet;
import org.faultdesk.events.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void theHappyPathRunsFromAcknowledgedToClosed() {
        Ticket ticket = acknowledged();
        ticket.changeStatus(IN_PROGRESS, "agent took it", "agent-7", T0.plusSeconds(60));
        ticket.resolve("FIBRE_SPLICED", "restored", "TECH-1", T0.plusSeconds(120));
        ticket.changeStatus(CLOSED, "customer confirmed", "agent-7", T0.plusSeconds(180));

        assertThat(ticket.status).isEqualTo(CLOSED);
        assertThat(ticket.resolutionDate).isEqualTo(T0.plusSeconds(120));
        assertThat(ticket.resolutionCode).isEqualTo("FIBRE_SPLICED");
        assertThat(ticket.statusHistory).extracting(change -> change.status)
                .containsExactly(ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED);
        assertThat(ticket.statusHistory.get(3).previousStatus).isEqualTo(RESOLVED);
        assertThat(ticket.statusHistory.get(3).actor).isEqualTo("agent-7");
        assertThat(ticket.statusHistory.get(3).changeReason).isEqualTo("customer confirmed");
        assertThat(ticket.statusChangeDate).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void workGoesBackAndForthBetweenInProgressAndWaiting() {
        Ticket ticket = acknowledged();
        ticket.changeStatus(IN_PROGRESS, null, "a", T0);
        ticket.changeStatus(PENDING, "customer asked for tomorrow", "a", T0);
        ticket.changeStatus(IN_PROGRESS, "technician arrived", "a", T0);
        ticket.changeStatus(HELD, "waiting for a spare ONT", "a", T0);
        ticket.changeStatus(IN_PROGRESS, "spare arrived", "a", T0);

        assertThat(ticket.statusHistory).hasSize(6);
        assertThat(ticket.status).isEqualTo(IN_PROGRESS);
    }

    @Test
    void aResolvedTicketCanBeReopenedAndForgetsItsResolution() {
        Ticket ticket = acknowledged();
        ticket.resolve("ANSWERED", "answered on the phone", "agent", T0);
        ticket.changeStatus(IN_PROGRESS, "fault is back", "agent", T0.plusSeconds(600));

        assertThat(TicketLifecycle.isReopen(RESOLVED, IN_PROGRESS)).isTrue();
        assertThat(ticket.status).isEqualTo(IN_PROGRESS);
        assertThat(ticket.resolutionDate).isNull();
        assertThat(ticket.resolutionCode).isNull();
    }

    @Test
    void rejectionIsOnlyPossibleBeforeWorkStarts() {
        assertThat(TicketLifecycle.allows(ACKNOWLEDGED, REJECTED)).isTrue();
        assertThat(TicketLifecycle.allows(IN_PROGRESS, REJECTED)).isFalse();
        assertThat(TicketLifecycle.allows(PENDING, REJECTED)).isFalse();
    }

    @Test
    void cancellationIsPossibleUntilResolution() {
        for (TicketStatus open : EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, PENDING, HELD)) {
            assertThat(TicketLifecycle.allows(open, CANCELLED)).as(open.tmfName()).isTrue();
        }
        assertThat(TicketLifecycle.allows(RESOLVED, CANCELLED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"CLOSED", "REJECTED", "CANCELLED"})
    void finalStatusesLeadNowhere(TicketStatus last) {
        assertThat(TicketLifecycle.allowedFrom(last)).isEmpty();
        for (TicketStatus next : TicketStatus.values()) {
            assertThat(TicketLifecycle.allows(last, next)).isFalse();
        }
    }

    @Test
    void anIllegalTransitionIsRefusedNamingWhatIsAllowed() {
        Ticket ticket = acknowledged();
        ticket.changeStatus(CANCELLED, "duplicate call", "agent", T0);

        assertThatThrownBy(() -> ticket.changeStatus(IN_PROGRESS, null, "agent", T0))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("a ticket in status 'cancelled' cannot become 'inProgress'; allowed: none (final status)");
        assertThat(ticket.status).isEqualTo(CANCELLED);
        assertThat(ticket.statusHistory).hasSize(2);
    }

    @Test
    void aClosedTicketCannotBeReopened() {
        assertThatThrownBy(() -> TicketLifecycle.check(CLOSED, IN_PROGRESS))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("'closed' cannot become 'inProgress'");
    }

    @Test
    void anAcknowledgedTicketCannotBeClosedWithoutResolution() {
        assertThatThrownBy(() -> TicketLifecycle.check(ACKNOWLEDGED, CLOSED))
                .hasMessage("a ticket in status 'acknowledged' cannot become 'closed'; allowed: "
                        + "inProgress, pending, held, resolved, rejected, cancelled");
    }

    @Test
    void aHigherEscalationReplacesALowerOneButNeverTheOtherWayRound() {
        Ticket ticket = acknowledged();
        assertThat(ticket.showEscalation(0, 1, org.faultdesk.events.EscalationRole.TEAM_LEAD, T0)).isTrue();
        assertThat(ticket.showEscalation(1, 0, org.faultdesk.events.EscalationRole.DUTY_MANAGER, T0)).isTrue();
        assertThat(ticket.showEscalation(0, 2, org.faultdesk.events.EscalationRole.TEAM_LEAD, T0)).isFalse();

        assertThat(ticket.escalationLevel).isEqualTo(1);
        assertThat(ticket.escalationRole).isEqualTo(org.faultdesk.events.EscalationRole.DUTY_MANAGER);
    }

    private static Ticket acknowledged() {
        Ticket ticket = new Ticket();
        ticket.id = "TT-20261123-000001";
        ticket.open("hotline", T0);
        return ticket;
    }
}
