package org.faultdesk.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.faultdesk.events.SlaClocks;

/**
 * One of a ticket's clocks as stored: its marks and classification, plus columns derived from them.
 * The restore clock's row ({@link SlaClocks#RESTORE}) is also the ticket's record: the status marks
 * and the milestones proved, from which each response clock's row is derived.
 */
@Entity
@Table(name = "sla_clock")
@IdClass(ClockRow.Key.class)
public class ClockRow extends PanacheEntityBase {

    /** A clock's identity: the ticket and the clock's name. */
    public static class Key implements Serializable {
        public String ticketId;
        public String clock;

        public Key() {
        }

        public Key(String ticketId, String clock) {
            this.ticketId = ticketId;
            this.clock = clock;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && ticketId.equals(key.ticketId) && clock.equals(key.clock);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, clock);
        }
    }

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    /** {@link SlaClocks#RESTORE}, or the response milestone this clock waits for. */
    @Id
    public String clock;

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

    /**
     * On the restore row: JSON object of milestone name (or "*", every milestone) to the time of
     * the earliest event that proved it. Empty on response rows.
     */
    public String milestones;

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

    public boolean isRestoreClock() {
        return SlaClocks.RESTORE.equals(clock);
    }
}
