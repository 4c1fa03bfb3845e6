package org.faultdesk.support.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every channel ({@value #NAME}): SmallRye's dead-letter queue for a record
 * that can never be handled, but SmallRye's fail-stop for one the service stopped waiting on
 * ({@link StoppedBeforeHandled}, a stop during a database outage): its offset is not committed,
 * so the next instance reads it again instead of its being dead-lettered for an outage.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-unless-stopping";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.FAIL)
    KafkaFailureHandler.Factory failStop;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return of(deadLetterQueue.create(config, vertx, consumer, reportFailure),
                failStop.create(config, vertx, consumer, reportFailure));
    }

    /** Routes each failure to one of the two handlers. */
    static KafkaFailureHandler of(KafkaFailureHandler deadLetters, KafkaFailureHandler stop) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return stopping(reason) ? stop.handle(record, reason, metadata) : deadLetters.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
                stop.terminate();
            }
        };
    }

    static boolean stopping(Throwable reason) {
        for (Throwable cause = reason; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoppedBeforeHandled) {
                return true;
            }
        }
        return false;
    }
}
