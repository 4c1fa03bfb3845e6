package org.faultdesk.notification.domain;

/** The kinds of message this service sends; each has one template per language. */
public enum Notice {
    ESCALATION(false, true),
    SLA_WARNING(false, true),
    MAJOR_INCIDENT(false, true),
    TICKET_OPENED(true, false),
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
     * Whether the notice may wake a customer at night. Anything about the visit, and the delay of a
     * promised restoration, go at once. The confirmation of an opened ticket waits for the morning:
     * the caller had their answer on the phone, and a ticket naming someone else's number (anyone
     * may post one) must not wake that person; "restored" and the satisfaction request wait too.
     */
    public boolean urgent() {
        return urgent;
    }

    /**
     * Whether the notice is about work still to be done on its ticket, and so pointless, even
     * misleading, once the ticket ended (cancelled, rejected, closed). The restoration and the
     * satisfaction callback still hold after a closure; a major incident is about many tickets.
     */
    public boolean aboutWorkInProgress() {
        return switch (this) {
            case MAJOR_INCIDENT, SERVICE_RESTORED, CALLBACK_REQUEST -> false;
            case ESCALATION, SLA_WARNING, TICKET_OPENED, TECHNICIAN_DISPATCHED, APPOINTMENT_BOOKED, DELAY -> true;
        };
    }

    /** The template's base name, e.g. {@code ticket-opened}. */
    public String templateName() {
        return name().toLowerCase().replace('_', '-');
    }
}
