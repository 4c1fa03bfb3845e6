package org.faultdesk.support.outbox;

import java.util.Optional;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The producer failures that sending again will not cure: the record, not the moment, is wrong.
 * Everything else (timeouts, a broker away, a leader moving) is transient and retried.
 */
final class Unsendable {

    private Unsendable() {
    }

    /** Why the record can never be sent as it is; empty for a failure worth retrying. */
    static Optional<String> reason(Throwable failure) {
        if (failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException) {
            return Optional.of("the record is larger than the broker accepts: " + failure.getMessage());
        }
        if (failure instanceof InvalidTopicException) {
            return Optional.of("the topic name is invalid: " + failure.getMessage());
        }
        if (failure instanceof AuthorizationException) {
            return Optional.of("the broker refuses this service: " + failure.getMessage());
        }
        if (failure instanceof SerializationException) {
            return Optional.of("the record cannot be serialised: " + failure.getMessage());
        }
        return Optional.empty();
    }
}
