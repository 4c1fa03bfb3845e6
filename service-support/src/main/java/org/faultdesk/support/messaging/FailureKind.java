package org.faultdesk.support.messaging;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.faultdesk.events.InvalidEventException;

/**
 * Why a record could not be handled. A poison record fails the same way on every delivery: it
 * belongs on the dead-letter topic. A transient failure (the database, the broker, a downstream
 * service unreachable or busy) passes once that part is back: the record must be retried, never
 * skipped.
 */
public enum FailureKind {
    POISON,
    TRANSIENT;

    /**
     * SQLSTATE classes that fail the same way every time: 0A feature not supported, 21 cardinality,
     * 22 data exception, 23 integrity constraint, 2F routine exception, 42 syntax or access rule,
     * P0 PL/pgSQL error. Every other database failure (08 connection, 40 serialization failure or
     * deadlock, 53 resources, 57 the server shutting down, or no state at all, as a pool's
     * acquisition time-out has) is worth trying again.
     */
    private static final Set<String> DETERMINISTIC_SQL_CLASSES = Set.of("0A", "21", "22", "23", "2F", "42", "P0");

    /**
     * Transient when any cause is an I/O failure, a time-out or a database failure not known to be
     * deterministic, or when a transaction could not be committed for no deterministic reason. The
     * causes and the suppressed exceptions are both searched: the transaction manager reports what
     * failed at commit as suppressed exceptions of its {@code RollbackException}, not as its cause
     * (ChaosIT: "ARJUNA016053: Could not commit transaction" with PostgreSQL stopped was
     * dead-lettered as poison).
     */
    public static FailureKind of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toVisit = new ArrayDeque<>();
        toVisit.add(failure);
        boolean commitFailed = false;
        while (!toVisit.isEmpty()) {
            Throwable cause = toVisit.removeFirst();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof InvalidEventException) {
                return POISON;
            }
            if (cause instanceof IOException || cause instanceof TimeoutException) {
                return TRANSIENT;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                boolean deterministic = state != null && state.length() >= 2
                        && DETERMINISTIC_SQL_CLASSES.contains(state.substring(0, 2));
                return deterministic ? POISON : TRANSIENT;
            }
            commitFailed |= cause instanceof RollbackException || cause instanceof HeuristicMixedException
                    || cause instanceof HeuristicRollbackException || cause instanceof SystemException;
            if (cause.getCause() != null) {
                toVisit.add(cause.getCause());
            }
            toVisit.addAll(Arrays.asList(cause.getSuppressed()));
        }
        return commitFailed ? TRANSIENT : POISON;
    }
}
