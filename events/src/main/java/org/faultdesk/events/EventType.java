package org.faultdesk.events;

import java.util.Arrays;

/**
 * Each event type with its record class, its topic and its CloudEvents {@code type} attribute
 * (sent as the {@code ce_type} Kafka header so that generic tools can route without parsing).
 */
public enum EventType {
    TICKET_OPENED(TicketOpened.class, Topics.TICKET_OPENED, TicketOpened.SCHEMA_VERSION),
    TICKET_UPDATED(TicketUpdated.class, Topics.TICKET_UPDATED, TicketUpdated.SCHEMA_VERSION),
    TICKET_RESOLVED(TicketResolved.class, Topics.TICKET_RESOLVED, TicketResolved.SCHEMA_VERSION),
    TICKET_DISPATCHED(TicketDispatched.class, Topics.TICKET_DISPATCHED, TicketDispatched.SCHEMA_VERSION),
    WORK_ORDER_UPDATED(WorkOrderUpdated.class, Topics.WORK_ORDER_UPDATED, WorkOrderUpdated.SCHEMA_VERSION),
    SLA_CLOCK_STARTED(SlaClockStarted.class, Topics.SLA_CLOCK_STARTED, SlaClockStarted.SCHEMA_VERSION),
    SLA_WARNING_RAISED(SlaWarningRaised.class, Topics.SLA_WARNING_RAISED, SlaWarningRaised.SCHEMA_VERSION),
    TICKET_ESCALATED(TicketEscalated.class, Topics.TICKET_ESCALATED, TicketEscalated.SCHEMA_VERSION),
    SLA_CLOCK_STOPPED(SlaClockStopped.class, Topics.SLA_CLOCK_STOPPED, SlaClockStopped.SCHEMA_VERSION),
    MAJOR_INCIDENT_SUSPECTED(MajorIncidentSuspected.class, Topics.MAJOR_INCIDENT_SUSPECTED, MajorIncidentSuspected.SCHEMA_VERSION),
    NOTIFICATION_FAILED(NotificationFailed.class, Topics.NOTIFICATION_FAILED, NotificationFailed.SCHEMA_VERSION);

    private final Class<? extends TicketEvent> recordClass;
    private final String topic;
    private final int schemaVersion;

    EventType(Class<? extends TicketEvent> recordClass, String topic, int schemaVersion) {
        this.recordClass = recordClass;
        this.topic = topic;
        this.schemaVersion = schemaVersion;
    }

    /** The newest schema version this build of the contract understands. */
    public int schemaVersion() {
        return schemaVersion;
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
