package org.faultdesk.platform.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;

/** The body of ticket-service's TMF621 create, as a call-centre agent fills it in. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewTicket(
        String name,
        String description,
        Severity severity,
        int priority,
        TicketKind ticketType,
        ServiceType serviceType,
        CustomerTier customerTier,
        FaultScope faultScope,
        Locality locality,
        String areaCode,
        String channel,
        Contact customerContact) {

    /** The customer's contact: personal data, never on Kafka (ticket-service hands it out internally). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String name, String phone, String email, String language) {
    }

    /** Whether a technician must go on site, so dispatch opens a work order. */
    public boolean needsFieldVisit() {
        return ticketType.needsFieldVisit();
    }

    /** One line for the console: tier, service, kind and area. */
    public String summary() {
        return customerTier + " " + serviceType + " " + ticketType + " in " + areaCode;
    }
}
