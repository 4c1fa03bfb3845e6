package org.faultdesk.notification.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.faultdesk.notification.domain.Person;

/** A person in the directory with their channels; at least one of e-mail and phone. Read, and written whole by PUT. */
public record PersonView(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String id,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 -]{7,20}") String phone,
        @Pattern(regexp = "zh-CN|en") String language) {

    static PersonView of(Person person) {
        return new PersonView(person.id, person.name, person.email, person.phone, person.language);
    }
}
