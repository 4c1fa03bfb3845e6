package org.faultdesk.ticket.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.faultdesk.ticket.domain.ContactLanguage;

/** The customer's contact as the call centre took it (personal data: never logged unmasked). */
public record ContactRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,30}", message = "must be a phone number (digits, spaces, '-', leading '+')")
        String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 500) String address,
        ContactLanguage language) {
}
