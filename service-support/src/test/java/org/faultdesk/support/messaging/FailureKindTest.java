package org.faultdesk.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.faultdesk.events.InvalidEventException;
import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void anInvalidEventIsPoisonWhereverItIsInTheChain() {
        assertThat(FailureKind.of(new InvalidEventException("invalid TicketOpened: ticketId is missing", null)))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new IllegalStateException(new InvalidEventException("bad", null))))
                .isEqualTo(FailureKind.POISON);
    }

    @Test
    void aLostDatabaseConnectionIsTransient() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(FailureKind.of(new PersistenceException("could not prepare statement", refused)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new SQLException("could not serialize access", "40001")))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aCommitThatFailedWithTheDatabaseIsTransientWhateverTheTransactionManagerWrapsItIn() {
        // Narayana reports what failed at commit as suppressed exceptions, not as the cause.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(FailureKind.of(new IllegalStateException("commit", commit))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new RollbackException("ARJUNA016053: Could not commit transaction.")))
                .as("a commit that failed for no reason given").isEqualTo(FailureKind.TRANSIENT);
        RollbackException deferred = new RollbackException("ARJUNA016053: Could not commit transaction.");
        deferred.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(FailureKind.of(deferred)).as("a constraint checked at commit").isEqualTo(FailureKind.POISON);
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsTransient() {
        assertThat(FailureKind.of(new PersistenceException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void anUnreachableServiceIsTransient() {
        assertThat(FailureKind.of(new UncheckedIOException(new ConnectException("Connection refused"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aBrokenRuleOrConstraintIsPoison() {
        assertThat(FailureKind.of(new PersistenceException(new SQLException("duplicate key", "23505"))))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new PersistenceException(new SQLException("value too long", "22001"))))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new PersistenceException(new SQLException("relation does not exist", "42P01"))))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new IllegalArgumentException("unknown escalation role")))
                .isEqualTo(FailureKind.POISON);
    }
}
