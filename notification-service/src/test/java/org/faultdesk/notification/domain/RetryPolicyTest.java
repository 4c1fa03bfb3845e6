package org.faultdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(2));
    private final Instant now = Instant.parse("2026-11-23T04:00:00Z");

    @Test
    void backoffDoublesUpToTheCap() {
        assertThat(policy.nextAttempt(1, now)).contains(now.plusSeconds(30));
        assertThat(policy.nextAttempt(2, now)).contains(now.plusSeconds(60));
        assertThat(policy.nextAttempt(3, now)).contains(now.plusSeconds(120));
        assertThat(policy.nextAttempt(4, now)).contains(now.plusSeconds(120));
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        assertThat(policy.nextAttempt(5, now)).isEmpty();
    }
}
