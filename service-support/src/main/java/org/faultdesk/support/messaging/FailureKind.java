package org.faultdesk.support.messaging;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
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
     * SQLSTATE classes that say "try again later": 08 connection, 40 transaction rollback
     * (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention
     * (the server shutting down), 58 system error.
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58");

    /** Transient when any cause is an I/O failure, a time-out or a transient SQL state; else poison. */
    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEventException) {
                return POISON;
            }
            if (cause instanceof IOException || cause instanceof TimeoutException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return TRANSIENT;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && TRANSIENT_SQL_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return TRANSIENT;
            }
        }
        return POISON;
    }
}
