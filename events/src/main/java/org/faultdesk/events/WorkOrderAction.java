package org.faultdesk.events;

/** What just happened to a work order in the field. */
public enum WorkOrderAction {
    CREATED,
    /** Nobody eligible is free: the order waits in the queue (SLA and supervisors must know). */
    WAITING_FOR_TECHNICIAN,
    ACCEPTED,
    DECLINED,
    /** The assigned technician did not answer in time; the order goes to the next best. */
    ACCEPT_TIMED_OUT,
    APPOINTMENT_BOOKED,
    /** The customer asked for another time (尊重客户的时间优先选择权): the clock may pause. */
    APPOINTMENT_REBOOKED_BY_CUSTOMER,
    EN_ROUTE,
    ARRIVED,
    /** No answer at the door for 10 minutes and the customer unreachable: note left, rebook. */
    CUSTOMER_ABSENT,
    /** 上报请求支持: the technician needs more people, instruments or another department. */
    SUPPORT_REQUESTED,
    COMPLETED,
    CANCELLED
}
