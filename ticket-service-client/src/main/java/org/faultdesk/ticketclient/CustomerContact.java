package org.faultdesk.ticketclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.faultdesk.support.privacy.Masking;

/** How to reach the customer of a ticket, as ticket-service gives it; personal data, masked in {@link #toString()}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerContact(String ticketId, String name, String phone, String email, String address, String language) {

    /** For logs: never the name or number in full. */
    @Override
    public String toString() {
        return "CustomerContact[ticketId=" + ticketId + ", phone=" + Masking.phone(phone) + "]";
    }
}
