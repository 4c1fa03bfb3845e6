package org.faultdesk.events;

import java.util.List;

/**
 * Kafka topic names. One topic per event type, so a consumer reads one record type per channel;
 * every record is keyed by its ticket id. The broker has auto-creation off: these are created
 * explicitly, with {@link #PARTITIONS} partitions so each consumer can scale out later.
 */
public final class Topics {

    public static final String TICKET_OPENED = "ticket-opened";
    public static final String TICKET_UPDATED = "ticket-updated";
    public static final String TICKET_RESOLVED = "ticket-resolved";
    public static final String TICKET_DISPATCHED = "ticket-dispatched";
    public static final String WORK_ORDER_UPDATED = "work-order-updated";
    public static final String SLA_CLOCK_STARTED = "sla-clock-started";
    public static final String SLA_WARNING_RAISED = "sla-warning-raised";
    public static final String TICKET_ESCALATED = "ticket-escalated";
    public static final String SLA_CLOCK_STOPPED = "sla-clock-stopped";
    public static final String MAJOR_INCIDENT_SUSPECTED = "major-incident-suspected";
    public static final String NOTIFICATION_FAILED = "notification-failed";

    /** Where each service puts messages it could not parse or apply, with the reason in headers. */
    public static final String TICKET_SERVICE_DEAD_LETTER = "ticket-service-dead-letter";
    public static final String DISPATCH_SERVICE_DEAD_LETTER = "dispatch-service-dead-letter";
    public static final String SLA_MONITOR_DEAD_LETTER = "sla-monitor-dead-letter";
    public static final String NOTIFICATION_SERVICE_DEAD_LETTER = "notification-service-dead-letter";

    public static final int PARTITIONS = 6;

    /** Every topic the platform uses, for whoever creates them. */
    public static final List<String> ALL = List.of(
            TICKET_OPENED, TICKET_UPDATED, TICKET_RESOLVED, TICKET_DISPATCHED, WORK_ORDER_UPDATED,
            SLA_CLOCK_STARTED, SLA_WARNING_RAISED, TICKET_ESCALATED, SLA_CLOCK_STOPPED,
            MAJOR_INCIDENT_SUSPECTED, NOTIFICATION_FAILED,
            TICKET_SERVICE_DEAD_LETTER, DISPATCH_SERVICE_DEAD_LETTER, SLA_MONITOR_DEAD_LETTER,
            NOTIFICATION_SERVICE_DEAD_LETTER);

    private Topics() {
    }
}
