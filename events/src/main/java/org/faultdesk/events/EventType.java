package org.faultdesk.events;

import java.util.Arrays;

/**
 * Each event type with its record class, its topic and its CloudEvents {@code type} attribute
 * (sent as the {@code ce_type} Kafka header so that generic tools can route without parsing), and
 * the one service that publishes it (the {@code ce_source} header).
 */
public enum EventType {
    TICKET_OPENED(TicketOpened.class, Topics.TICKET_OPENED, TicketOpened.SCHEMA_VERSION, Publishers.TICKET_SERVICE),
    TICKET_UPDATED(TicketUpdated.class, Topics.TICKET_UPDATED, TicketUpdated.SCHEMA_VERSION, Publishers.TICKET_SERVICE),
    TICKET_RESOLVED(TicketResolved.class, Topics.TICKET_RESOLVED, TicketResolved.SCHEMA_VERSION, Publishers.TICKET_SERVICE),
    TICKET_DISPATCHED(TicketDispatched.class, Topics.TICKET_DISPATCHED, TicketDispatched.SCHEMA_VERSION,
            Publishers.DISPATCH_SERVICE),
    WORK_ORDER_UPDATED(WorkOrderUpdated.class, Topics.WORK_ORDER_UPDATED, WorkOrderUpdated.SCHEMA_VERSION,
            Publishers.DISPATCH_SERVICE),
    SLA_CLOCK_STARTED(SlaClockStarted.class, Topics.SLA_CLOCK_STARTED, SlaClockStarted.SCHEMA_VERSION, Publishers.SLA_MONITOR),
    SLA_WARNING_RAISED(SlaWarningRaised.class, Topics.SLA_WARNING_RAISED, SlaWarningRaised.SCHEMA_VERSION,
            Publishers.SLA_MONITOR),
    TICKET_ESCALATED(TicketEscalated.class, Topics.TICKET_ESCALATED, TicketEscalated.SCHEMA_VERSION, Publishers.SLA_MONITOR),
    SLA_CLOCK_STOPPED(SlaClockStopped.class, Topics.SLA_CLOCK_STOPPED, SlaClockStopped.SCHEMA_VERSION, Publishers.SLA_MONITOR),
    MAJOR_INCIDENT_SUSPECTED(MajorIncidentSuspected.class, Topics.MAJOR_INCIDENT_SUSPECTED,
            MajorIncidentSuspected.SCHEMA_VERSION, Publishers.SLA_MONITOR),
    NOTIFICATION_FAILED(NotificationFailed.class, Topics.NOTIFICATION_FAILED, NotificationFailed.SCHEMA_VERSION,
            Publishers.NOTIFICATION_SERVICE);

    private final Class<? extends TicketEvent> recordClass;
    private final String topic;
    private final int schemaVersion;
    private final String publisher;

    EventType(Class<? extends TicketEvent> recordClass, String topic, int schemaVersion, String publisher) {
        this.recordClass = recordClass;
        this.topic = topic;
        this.schemaVersion = schemaVersion;
        this.publisher = publisher;
    }

    /** The one service that publishes this type: no other service may put it on its topic. */
    public String publisher() {
        return publisher;
    }

    /**
     * CloudEvents source of every record of this type, sent as the {@code ce_source} header; a
     * consumer takes a record only from this source ({@link #isFromPublisher}).
     */
    public String cloudEventSource() {
        return Publishers.cloudEventSource(publisher);
    }

    /** Whether a record's {@code ce_source} header (null when absent) names this type's publisher. */
    public boolean isFromPublisher(String ceSource) {
        return cloudEventSource().equals(ceSource);
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
