package org.faultdesk.notification.domain;

/** The kinds of message this service sends; each has one template per language. */
public enum Notice {
    ESCALATION(false, true),
    SLA_WARNING(false, true),
    MAJOR_INCIDENT(false, true),
    TICKET_OPENED(true, true),
    TECHNICIAN_DISPATCHED(true, true),
    APPOINTMENT_BOOKED(true, true),
    DELAY(true, true),
    SERVICE_RESTORED(true, false),
    CALLBACK_REQUEST(true, false);

    private final boolean forCustomer;
    private final boolean urgent;

    Notice(boolean forCustomer, boolean urgent) {
        this.forCustomer = forCustomer;
        this.urgent = urgent;
    }

    public boolean forCustomer() {
        return forCustomer;
    }

    /**
     * Whether the notice may wake a customer at night. The answer to their own call and anything
     * about the visit go at once; "restored" and the satisfaction request wait for the morning.
     */
    public boolean urgent() {
        return urgent;
    }

    /** The template's base name, e.g. {@code ticket-opened}. */
    public String templateName() {
        return name().toLowerCase().replace('_', '-');
    }
}
