package org.faultdesk.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff while a gateway fails: {@code initial}, then doubled, capped at {@code max};
 * after {@code maxAttempts} attempts the message is given up and marked failed.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max) {

    /** When to try again after the {@code attempts}-th failed attempt at {@code now}; empty to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(max) > 0 ? max : wait));
    }
}
