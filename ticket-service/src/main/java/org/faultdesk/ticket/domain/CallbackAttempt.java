package org.faultdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One call of a callback, as the agent recorded it; written once. */
@Entity
@Table(name = "callback_attempt")
public class CallbackAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    public Long taskId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public Instant attemptedAt;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public boolean reached;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CallbackTask.Satisfaction satisfaction;

    @Column(updatable = false)
    public String remark;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;
}
