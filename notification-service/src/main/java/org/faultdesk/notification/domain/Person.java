package org.faultdesk.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone in the directory who can be alerted, with their channels. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String email;

    /** Reached through the SMS gateway; masked in every log line. */
    public String phone;

    public String language;

    @Column(name = "created_at")
    public Instant createdAt;
}
