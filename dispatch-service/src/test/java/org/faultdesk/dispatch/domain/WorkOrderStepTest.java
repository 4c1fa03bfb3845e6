package org.faultdesk.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.faultdesk.events.WorkOrderAction;
import org.junit.jupiter.api.Test;

class WorkOrderStepTest {

    @Test
    void theVisitFromAssignmentToCompletion() {
        WorkOrderStatus s = WorkOrderStatus.WAITING;
        s = WorkOrderStep.ASSIGN.from(s);
        assertThat(s).isEqualTo(WorkOrderStatus.ASSIGNED);
        s = WorkOrderStep.ACCEPT.from(s);
        s = WorkOrderStep.BOOK.from(s);
        assertThat(s).isEqualTo(WorkOrderStatus.BOOKED);
        s = WorkOrderStep.REBOOK_FOR_CUSTOMER.from(s);
        assertThat(s).isEqualTo(WorkOrderStatus.BOOKED);
        s = WorkOrderStep.SET_OFF.from(s);
        s = WorkOrderStep.ARRIVE.from(s);
        assertThat(s).isEqualTo(WorkOrderStatus.ON_SITE);
        s = WorkOrderStep.REQUEST_SUPPORT.from(s);
        assertThat(s).isEqualTo(WorkOrderStatus.ON_SITE);
        assertThat(WorkOrderStep.COMPLETE.from(s)).isEqualTo(WorkOrderStatus.COMPLETED);
    }

    @Test
    void declineAndTimeOutReturnTheOrderToTheQueue() {
        assertThat(WorkOrderStep.DECLINE.from(WorkOrderStatus.ASSIGNED)).isEqualTo(WorkOrderStatus.WAITING);
        assertThat(WorkOrderStep.TIME_OUT.from(WorkOrderStatus.ASSIGNED)).isEqualTo(WorkOrderStatus.WAITING);
        assertThat(WorkOrderStep.TIME_OUT.action()).isEqualTo(WorkOrderAction.ACCEPT_TIMED_OUT);
    }

    @Test
    void anAbsentCustomerNeedsANewBooking() {
        WorkOrderStatus s = WorkOrderStep.REPORT_CUSTOMER_ABSENT.from(WorkOrderStatus.ON_SITE);
        assertThat(s).isEqualTo(WorkOrderStatus.AWAITING_REBOOKING);
        assertThatThrownBy(() -> WorkOrderStep.SET_OFF.from(WorkOrderStatus.AWAITING_REBOOKING))
                .isInstanceOf(WorkOrderRuleViolation.class);
        assertThat(WorkOrderStep.BOOK.from(s)).isEqualTo(WorkOrderStatus.BOOKED);
    }

    @Test
    void wrongStateIsRefusedNamingWhatIsAllowed() {
        assertThatThrownBy(() -> WorkOrderStep.COMPLETE.from(WorkOrderStatus.ASSIGNED))
                .isInstanceOf(WorkOrderRuleViolation.class)
                .hasMessage("cannot complete a work order that is ASSIGNED; allowed when ON_SITE");
        assertThatThrownBy(() -> WorkOrderStep.DECLINE.from(WorkOrderStatus.ACCEPTED))
                .hasMessageContaining("allowed when ASSIGNED");
        assertThatThrownBy(() -> WorkOrderStep.REBOOK_FOR_CUSTOMER.from(WorkOrderStatus.ACCEPTED))
                .hasMessageContaining("allowed when BOOKED or EN_ROUTE");
    }

    @Test
    void closedOrdersTakeNoMoreSteps() {
        for (WorkOrderStep step : WorkOrderStep.values()) {
            assertThat(step.allowedFrom(WorkOrderStatus.COMPLETED)).as(step.name()).isFalse();
            assertThat(step.allowedFrom(WorkOrderStatus.CANCELLED)).as(step.name()).isFalse();
        }
        assertThat(WorkOrderStep.CANCEL.from(WorkOrderStatus.EN_ROUTE)).isEqualTo(WorkOrderStatus.CANCELLED);
    }

    @Test
    void customerAbsentOnlyAfterTenMinutesAtTheDoor() {
        Instant arrived = Instant.parse("2026-11-23T02:00:00Z");
        assertThatThrownBy(() -> DoorstepRule.checkCustomerAbsent(arrived, arrived.plusSeconds(9 * 60 + 59)))
                .isInstanceOf(WorkOrderRuleViolation.class)
                .hasMessageContaining("after 10 minutes at the door")
                .hasMessageContaining("1 s from now");
        DoorstepRule.checkCustomerAbsent(arrived, arrived.plusSeconds(600));
        assertThat(WorkOrderStatus.AWAITING_REBOOKING.isHeld()).isTrue();
        assertThat(WorkOrderStatus.WAITING.isHeld()).isFalse();
    }
}
