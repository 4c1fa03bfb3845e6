package org.faultdesk.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.faultdesk.events.InvalidEventException;
import org.junit.jupiter.api.Test;

/** A record the service stopped waiting on is left for the next instance; a poison one is dead-lettered. */
class DeadLetterUnlessStoppingTest {

    private final List<String> handledBy = new ArrayList<>();
    private final KafkaFailureHandler strategy = DeadLetterUnlessStopping.of(recording("dead-letter"), recording("fail-stop"));

    @Test
    void aPoisonRecordIsDeadLettered() {
        strategy.handle(null, new InvalidEventException("invalid TicketOpened: malformed JSON", null), Metadata.empty());

        assertThat(handledBy).containsExactly("dead-letter");
    }

    @Test
    void aRecordTheServiceStoppedWaitingOnIsLeftUncommitted() {
        RuntimeException outage = new IllegalStateException(new SQLTransientConnectionException("connection refused"));

        strategy.handle(null, new StoppedBeforeHandled("TicketOpened", outage), Metadata.empty());
        strategy.handle(null, new RuntimeException("wrapped", new StoppedBeforeHandled("TicketOpened", outage)),
                Metadata.empty());

        assertThat(handledBy).containsExactly("fail-stop", "fail-stop");
    }

    @Test
    void terminatingTerminatesBoth() {
        strategy.terminate();

        assertThat(handledBy).containsExactlyInAnyOrder("dead-letter terminated", "fail-stop terminated");
    }

    private KafkaFailureHandler recording(String name) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                handledBy.add(name);
                return Uni.createFrom().voidItem();
            }

            @Override
            public void terminate() {
                handledBy.add(name + " terminated");
            }
        };
    }
}
