package org.faultdesk.support.outbox;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class OutboxRelayStartTest {

    /**
     * A consumer can write to the outbox before the relay's start has run (the channels start on
     * their own, seen after a restart under load): the row waits for the relay's first pass, and the
     * handling must not fail for want of a worker to wake — it once dead-lettered a good event.
     */
    @Test
    void anOutboxWriteBeforeTheRelayStartedWakesNothingAndFailsNothing() {
        OutboxRelay notStartedYet = new OutboxRelay();

        assertThatCode(notStartedYet::wakeAfterCommit).doesNotThrowAnyException();
    }
}
