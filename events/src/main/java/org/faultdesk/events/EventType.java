package org.faultdesk.events;

import java.util.Arrays;

/**
 * Each event type with its record class, its topic and its CloudEvents {@code type} attribute
 * (sent as the {@code ce_type} Kafka header so that generic tools can route without parsing).
 */
public enum EventType {
    TICKET_OPENED(TicketOpened.class, Topics.TICKET_OPENED),
    TICKET_UPDATED(TicketUpdated.class, Topics.TICKET_UPDATED),
    TICKET_RESOLVED(TicketResolved.class, Topics.TICKET_RESOLVED),
    TICKET_DISPATCHED(TicketDispatched.class, Topics.TICKET_DISPATCHED),
    WORK_ORDER_UPDATED(WorkOrderUpdated.class, Topics.WORK_ORDER_UPDATED),
    SLA_CLOCK_STARTED(SlaClockStarted.class, Topics.SLA_CLOCK_STARTED),
    SLA_WARNING_RAISED(SlaWarningRaised.class, Topics.SLA_WARNING_RAISED),
    TICKET_ESCALATED(TicketEscalated.class, Topics.TICKET_ESCALATED),
    SLA_CLOCK_STOPPED(SlaClockStopped.class, Topics.SLA_CLOCK_STOPPED),
    MAJOR_INCIDENT_SUSPECTED(MajorIncidentSuspected.class, Topics.MAJOR_INCIDENT_SUSPECTED);

    private final Class<? extends TicketEvent> recordClass;
    private final String topic;

    EventType(Class<? extends TicketEvent> recordClass, String topic) {
        this.recordClass = recordClass;
        this.topic = topic;
    }

    public Class<? extends TicketEvent> recordClass() {
        return recordClass;
    }

    public String topic() {
        return topic;
    }

    /** CloudEvents type, reverse-DNS with the schema version: {@code org.faultdesk.ticket-opened.v1}. */
    public String cloudEventType(int schemaVersion) {
        return "org.faultdesk." + topic + ".v" + schemaVersion;
    }

    public static EventType of(TicketEvent event) {
        return ofClass(event.getClass());
    }

    public static EventType ofClass(Class<?> recordClass) {
        return Arrays.stream(values())
                .filter(type -> type.recordClass == recordClass)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event of the contract: " + recordClass.getName()));
    }
}
