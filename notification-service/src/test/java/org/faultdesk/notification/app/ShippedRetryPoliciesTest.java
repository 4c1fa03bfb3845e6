package org.faultdesk.notification.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.faultdesk.notification.domain.Audience;
import org.faultdesk.notification.domain.RetryPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retry policies as shipped ({@code application.properties}, production profile) against a
 * gateway that is down: a supervisor alert gets through soon after the gateway is back, whether
 * it was away for a minute or for an hour; a customer notice may wait longer and give up sooner.
 */
class ShippedRetryPoliciesTest {

    private static final Instant FIRST_ATTEMPT = Instant.parse("2026-11-24T02:00:00Z");

    private static NotificationConfig shipped;

    @BeforeAll
    static void readTheShippedConfiguration() throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        ShippedRetryPoliciesTest.class.getClassLoader().getResource("application.properties")))
                .withProfile("prod")
                .withMapping(NotificationConfig.class)
                .withValidateUnknown(false)
                .build();
        shipped = config.getConfigMapping(NotificationConfig.class);
    }

    @Test
    void anAlertReachesItsSupervisorWithinAFewSecondsOfAGatewayThatWasDownForAMinute() {
        Instant sent = firstAttemptOnceBack(shipped.retryPolicy(Audience.STAFF), Duration.ofMinutes(1)).orElseThrow();

        assertThat(Duration.between(FIRST_ATTEMPT.plus(Duration.ofMinutes(1)), sent)).isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void anAlertIsNotGivenUpDuringAnHourLongOutageAndWaitsAtMostAMinuteAfterIt() {
        Instant sent = firstAttemptOnceBack(shipped.retryPolicy(Audience.STAFF), Duration.ofHours(1)).orElseThrow();

        assertThat(Duration.between(FIRST_ATTEMPT.plus(Duration.ofHours(1)), sent)).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aCustomerNoticeWaitsLongerForTheSameMinuteLongOutage() {
        Instant sent = firstAttemptOnceBack(shipped.retryPolicy(Audience.CUSTOMER), Duration.ofMinutes(1)).orElseThrow();

        assertThat(Duration.between(FIRST_ATTEMPT.plus(Duration.ofMinutes(1)), sent)).isGreaterThan(Duration.ofSeconds(20));
    }

    @Test
    void theSendingLeaseOutlastsTheLongestAttemptButNotByMinutes() {
        // The longest attempt: the customer's contact (2 s to connect, 5 s to read), then the SMTP server's 10 s.
        assertThat(shipped.sendingLease()).isGreaterThan(Duration.ofSeconds(17)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    /** When the policy tries again for the first time after an outage of {@code outage} from the first attempt; empty if it gave up. */
    private static Optional<Instant> firstAttemptOnceBack(RetryPolicy policy, Duration outage) {
        Instant back = FIRST_ATTEMPT.plus(outage);
        Instant attempt = FIRST_ATTEMPT;
        for (int attempts = 1; attempt.isBefore(back); attempts++) {
            Optional<Instant> next = policy.nextAttempt(attempts, attempt);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            attempt = next.get();
        }
        return Optional.of(attempt);
    }
}
