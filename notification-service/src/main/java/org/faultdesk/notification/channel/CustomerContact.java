package org.faultdesk.notification.channel;

/** The customer's contact as ticket-service gives it; personal data, never logged unmasked. */
public record CustomerContact(String ticketId, String name, String phone, String email, String address,
                              String language) {
}
