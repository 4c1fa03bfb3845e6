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

/**
 * The customer-service centre's callback after a resolution (回访, seed 001: the hotline calls the
 * customer back; three failed attempts are recorded and the case closed as unreachable).
 */
@Entity
@Table(name = "callback_task")
public class CallbackTask extends PanacheEntityBase {

    /** Failed calls after which the customer counts as unreachable. */
    public static final int MAX_FAILED_ATTEMPTS = 3;

    /** Where a callback stands. */
    public enum State { OPEN, REACHED, UNREACHABLE, CANCELLED }

    /** The customer's answer when reached. */
    public enum Satisfaction { SATISFIED, UNSATISFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public String ticketId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** Failed calls so far. */
    @Column(nullable = false)
    public int attempts;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    @Column(name = "closed_at")
    public Instant closedAt;

    protected CallbackTask() {
    }

    public static CallbackTask openFor(String ticketId, Instant at) {
        CallbackTask task = new CallbackTask();
        task.ticketId = ticketId;
        task.createdAt = at;
        task.state = State.OPEN;
        return task;
    }

    /** The customer answered: the callback is done. */
    public void reached(Satisfaction answer, Instant at) {
        state = State.REACHED;
        satisfaction = answer;
        closedAt = at;
    }

    /** Nobody answered; returns whether that was the last allowed try (the customer is unreachable). */
    public boolean notReached(Instant at) {
        attempts++;
        if (attempts >= MAX_FAILED_ATTEMPTS) {
            state = State.UNREACHABLE;
            closedAt = at;
            return true;
        }
        return false;
    }

    /** The ticket was reopened: no callback until it is resolved again. */
    public void cancel(Instant at) {
        state = State.CANCELLED;
        closedAt = at;
    }
}
