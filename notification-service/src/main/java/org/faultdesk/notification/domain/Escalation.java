package org.faultdesk.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.faultdesk.events.EscalationRole;

/**
 * A received escalation, kept so that a supervisor can acknowledge it and a critical one can be
 * repeated until someone does. Its id is the TicketEscalated event's id.
 */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "ticket_id")
    public String ticketId;

    public int level;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_role")
    public EscalationRole targetRole;

    @Column(name = "area_code")
    public String areaCode;

    public boolean critical;

    /** The notice's template parameters as JSON, reused by every repetition. */
    public String params;

    @Column(name = "raised_at")
    public Instant raisedAt;

    /** When an unacknowledged critical escalation is repeated next; null when it never will be. */
    @Column(name = "next_repeat_at")
    public Instant nextRepeatAt;

    public int repeats;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
