package org.faultdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;
import org.hibernate.annotations.BatchSize;

/**
 * A trouble ticket: what the customer reported, how it is classified (which decides its restore
 * deadline), where it is in its lifecycle, and what the SLA monitor last said about it.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    public ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_tier", nullable = false)
    public CustomerTier customerTier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "fault_scope", nullable = false)
    public FaultScope faultScope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Locality locality;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(nullable = false, updatable = false)
    public String channel;

    @Column(name = "external_identifier", updatable = false)
    public String externalIdentifier;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Embedded
    public CustomerContact contact;

    /** TMF relatedParty as the caller sent it (JSON array); shown back, never interpreted. */
    @Column(name = "related_party", columnDefinition = "text")
    public String relatedParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status;

    @Column(name = "status_change_date", nullable = false)
    public Instant statusChangeDate;

    @Column(name = "status_change_reason")
    public String statusChangeReason;

    @Column(name = "creation_date", nullable = false, updatable = false)
    public Instant creationDate;

    @Column(name = "last_update", nullable = false)
    public Instant lastUpdate;

    @Column(name = "requested_resolution_date")
    public Instant requestedResolutionDate;

    /** The restore deadline as the SLA monitor last set it; null while its clock is paused. */
    @Column(name = "expected_resolution_date")
    public Instant expectedResolutionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_clock_state")
    public SlaClockStarted.ClockState slaClockState;

    /** The response deadlines (JSON of clock → {@link ResponseDeadline}); see {@link #showResponseDeadline}. */
    @Column(name = "response_deadlines", nullable = false)
    public String responseDeadlines = "{}";

    /** The latest callback's state after a resolution (null: none yet), its failed calls and the customer's answer. */
    @Enumerated(EnumType.STRING)
    @Column(name = "callback_state")
    public CallbackTask.State callbackState;

    @Column(name = "callback_attempts", nullable = false)
    public int callbackAttempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "callback_satisfaction")
    public CallbackTask.Satisfaction callbackSatisfaction;

    @Column(name = "resolution_date")
    public Instant resolutionDate;

    @Column(name = "resolution_code")
    public String resolutionCode;

    /** Highest escalation level reached (0: none); warnings before the first level count as stages. */
    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @Column(name = "escalation_stage", nullable = false)
    public int escalationStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_role")
    public EscalationRole escalationRole;

    @Column(name = "escalation_date")
    public Instant escalationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_outcome")
    public SlaOutcome slaOutcome;

    // Batch fetching: a list page loads the histories and notes of all its tickets in a few queries.
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @BatchSize(size = 100)
    public List<StatusChange> statusHistory = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @BatchSize(size = 100)
    public List<TicketNote> notes = new ArrayList<>();

    /** A new ticket starts acknowledged, with that as the first entry of its history. */
    public void open(String actor, Instant at) {
        creationDate = at;
        lastUpdate = at;
        status = TicketStatus.ACKNOWLEDGED;
        statusChangeDate = at;
        statusChangeReason = "ticket accepted";
        statusHistory.add(new StatusChange(this, null, TicketStatus.ACKNOWLEDGED, statusChangeReason, actor, at));
    }

    /**
     * Moves the ticket along its lifecycle and records why, who and when.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow it
     */
    public void changeStatus(TicketStatus to, String reason, String actor, Instant at) {
        TicketLifecycle.check(status, to);
        TicketStatus from = status;
        status = to;
        statusChangeDate = at;
        statusChangeReason = reason;
        lastUpdate = at;
        if (to == TicketStatus.RESOLVED) {
            resolutionDate = at;
        } else if (TicketLifecycle.isReopen(from, to)) {
            resolutionDate = null;
            resolutionCode = null;
            slaOutcome = null;
        }
        statusHistory.add(new StatusChange(this, from, to, reason, actor, at));
    }

    public void resolve(String code, String reason, String actor, Instant at) {
        changeStatus(TicketStatus.RESOLVED, reason, actor, at);
        resolutionCode = code;
    }

    /**
     * Shows a response clock as sla-monitor last announced it. Its events come on two topics, so
     * they may arrive out of order: a clock shown reached stays reached (a response clock stops
     * once, at its milestone, and never runs again), and an older announcement changes nothing.
     */
    public void showResponseDeadline(String clock, ResponseDeadline shown) {
        Map<String, ResponseDeadline> deadlines = ResponseDeadline.read(responseDeadlines);
        if (!shown.replaces(deadlines.get(clock))) {
            return;
        }
        deadlines.put(clock, shown);
        responseDeadlines = ResponseDeadline.write(deadlines);
    }

    /** Shows the callback as it now stands. */
    public void showCallback(CallbackTask task) {
        callbackState = task.state;
        callbackAttempts = task.attempts;
        callbackSatisfaction = task.satisfaction;
    }

    public void addNote(String author, String text, Instant at) {
        notes.add(new TicketNote(this, author, text, at));
        lastUpdate = at;
    }

    /** Shows an SLA warning or escalation unless the ticket already shows a higher one. */
    public boolean showEscalation(int level, int stage, EscalationRole role, Instant at) {
        boolean higher = level > escalationLevel || (level == escalationLevel && stage > escalationStage);
        if (!higher) {
            return false;
        }
        escalationLevel = level;
        escalationStage = stage;
        escalationRole = role;
        escalationDate = at;
        return true;
    }

    /** Takes over a (corrected) classification: what decides the restore deadline and the dispatch. */
    public void classify(TicketClassification classification) {
        kind = classification.kind();
        serviceType = classification.serviceType();
        customerTier = classification.customerTier();
        severity = classification.severity();
        priority = classification.priority();
        faultScope = classification.faultScope();
        locality = classification.locality();
        areaCode = classification.areaCode();
    }

    public TicketClassification classification() {
        return new TicketClassification(kind, serviceType, customerTier, severity, priority, faultScope, locality, areaCode);
    }
}
