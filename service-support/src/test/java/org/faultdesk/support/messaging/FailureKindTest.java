package org.faultdesk.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
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
