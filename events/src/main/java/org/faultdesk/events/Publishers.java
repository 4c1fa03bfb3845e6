package org.faultdesk.events;

/**
 * The services that publish events, by the name each gives itself ({@code quarkus.application.name})
 * and puts in the CloudEvents {@code ce_source} header of what it publishes: {@code /faultdesk/NAME}.
 */
public final class Publishers {

    public static final String TICKET_SERVICE = "ticket-service";
    public static final String DISPATCH_SERVICE = "dispatch-service";
    public static final String SLA_MONITOR = "sla-monitor";
    public static final String NOTIFICATION_SERVICE = "notification-service";

    private Publishers() {
    }

    public static String cloudEventSource(String service) {
        return "/faultdesk/" + service;
    }
}
