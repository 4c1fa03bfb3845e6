package org.faultdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.faultdesk.support.privacy.Masking;

/**
 * How to reach the customer. Kept only here: events never carry it (docs/adr/0003); dispatch and
 * notification ask for it over the internal API when they must call or text.
 */
@Embeddable
public class CustomerContact {

    @Column(name = "customer_name", nullable = false)
    public String name;

    @Column(name = "customer_phone", nullable = false)
    public String phone;

    @Column(name = "customer_email")
    public String email;

    @Column(name = "customer_address")
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_language", nullable = false)
    public ContactLanguage language;

    public CustomerContact() {
    }

    public CustomerContact(String name, String phone, String email, String address, ContactLanguage language) {
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.language = language;
    }

    /** For logs: "张** 138****5678". */
    public String masked() {
        return Masking.name(name) + " " + Masking.phone(phone);
    }
}
