package org.faultdesk.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ticket's restore clock as stored: its marks and classification, plus columns derived from them. */
@Entity
@Table(name = "sla_clock")
public class ClockRow extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "opened_at")
    public Instant openedAt;

    /** The latest classification (JSON of TicketClassification), by the time of its event. */
    public String classification;

    @Column(name = "classified_at")
    public Instant classifiedAt;

    @Column(name = "customer_tier")
    public String customerTier;

    @Column(name = "service_type")
    public String serviceType;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "policy_key")
    public String policyKey;

    @Column(name = "default_policy")
    public boolean defaultPolicy;

    @Column(name = "base_deadline")
    public Instant baseDeadline;

    /** JSON array of ClockMark. */
    public String marks;

    @Column(name = "mark_seq")
    public long markSeq;

    @Column(name = "technician_id")
    public String technicianId;

    @Column(name = "technician_at")
    public Instant technicianAt;

    @Column(name = "fired_stages")
    public int firedStages;

    public String state;

    @Column(name = "paused_total_ms")
    public long pausedTotalMs;

    @Column(name = "restore_deadline")
    public Instant restoreDeadline;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    public String outcome;

    @Column(name = "time_to_restore_ms")
    public Long timeToRestoreMs;
}
