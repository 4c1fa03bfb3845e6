package org.faultdesk.dispatch.domain;

import static org.faultdesk.dispatch.domain.WorkOrderStatus.ACCEPTED;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.ASSIGNED;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.AWAITING_REBOOKING;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.BOOKED;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.CANCELLED;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.COMPLETED;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.EN_ROUTE;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.ON_SITE;
import static org.faultdesk.dispatch.domain.WorkOrderStatus.WAITING;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.faultdesk.events.WorkOrderAction;

/**
 * The work order's state machine: each step, the statuses it may be taken from, where it leads,
 * and the action it publishes on {@code work-order-updated} (none for an assignment, which is a
 * {@code ticket-dispatched}).
 */
public enum WorkOrderStep {
    ASSIGN(null, EnumSet.of(WAITING), ASSIGNED),
    ACCEPT(WorkOrderAction.ACCEPTED, EnumSet.of(ASSIGNED), ACCEPTED),
    DECLINE(WorkOrderAction.DECLINED, EnumSet.of(ASSIGNED), WAITING),
    TIME_OUT(WorkOrderAction.ACCEPT_TIMED_OUT, EnumSet.of(ASSIGNED), WAITING),
    BOOK(WorkOrderAction.APPOINTMENT_BOOKED, EnumSet.of(ACCEPTED, AWAITING_REBOOKING), BOOKED),
    /** 尊重客户的时间优先选择权: the customer moves the visit, even while the technician is on the way. */
    REBOOK_FOR_CUSTOMER(WorkOrderAction.APPOINTMENT_REBOOKED_BY_CUSTOMER, EnumSet.of(BOOKED, EN_ROUTE), BOOKED),
    /** From ACCEPTED too: an urgent fault may be attended at once, the booking made by phone on the way. */
    SET_OFF(WorkOrderAction.EN_ROUTE, EnumSet.of(ACCEPTED, BOOKED), EN_ROUTE),
    ARRIVE(WorkOrderAction.ARRIVED, EnumSet.of(EN_ROUTE), ON_SITE),
    REPORT_CUSTOMER_ABSENT(WorkOrderAction.CUSTOMER_ABSENT, EnumSet.of(ON_SITE), AWAITING_REBOOKING),
    REQUEST_SUPPORT(WorkOrderAction.SUPPORT_REQUESTED, EnumSet.of(ON_SITE), ON_SITE),
    COMPLETE(WorkOrderAction.COMPLETED, EnumSet.of(ON_SITE), COMPLETED),
    CANCEL(WorkOrderAction.CANCELLED,
            EnumSet.of(WAITING, ASSIGNED, ACCEPTED, BOOKED, EN_ROUTE, ON_SITE, AWAITING_REBOOKING), CANCELLED);

    private final WorkOrderAction action;
    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus to;

    WorkOrderStep(WorkOrderAction action, Set<WorkOrderStatus> from, WorkOrderStatus to) {
        this.action = action;
        this.from = from;
        this.to = to;
    }

    /** The status after this step, or a {@link WorkOrderRuleViolation} naming the allowed statuses. */
    public WorkOrderStatus from(WorkOrderStatus current) {
        if (!from.contains(current)) {
            throw new WorkOrderRuleViolation("illegal-transition", "Illegal work order transition",
                    "cannot " + verb() + " a work order that is " + current + "; allowed when "
                            + from.stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
        return to;
    }

    public boolean allowedFrom(WorkOrderStatus current) {
        return from.contains(current);
    }

    /** The action published for this step; null for {@link #ASSIGN}. */
    public WorkOrderAction action() {
        return action;
    }

    private String verb() {
        return name().toLowerCase().replace('_', ' ');
    }
}
