package org.faultdesk.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.faultdesk.events.EscalationRole;

/** A stored line of the on-call roster; see {@link Shift} for what it means. */
@Entity
@Table(name = "on_call_shift")
public class OnCallShift extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public String personId;

    @Enumerated(EnumType.STRING)
    public EscalationRole role;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "starts_at")
    public LocalTime startsAt;

    @Column(name = "ends_at")
    public LocalTime endsAt;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    public Shift toShift() {
        return new Shift(id, personId, role, areaCode, teamId, startsAt, endsAt, validFrom, validUntil);
    }
}
