package org.faultdesk.sla.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.faultdesk.sla.Tickets;
import org.faultdesk.support.outbox.Outbox;
import org.faultdesk.support.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

/** A service publishes only its own event types: the consumers would take nothing else from it. */
@QuarkusTest
class OutboxPublisherTest {

    @Inject
    Outbox outbox;

    @Test
    void anEventTypeOfAnotherServiceIsRefusedAndNothingIsStored() {
        String ticket = Tickets.newId();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(Tickets.opened(ticket, Tickets.eightHours("BJ-HD"), Instant.now()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sla-monitor cannot publish ticket-opened: only ticket-service does");
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", ticket))).isZero();
    }
}
