package org.faultdesk.notification.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.faultdesk.notification.domain.QuietHours;
import org.faultdesk.notification.domain.RetryPolicy;

/** Everything a deployment may tune about notifying; every key is listed in the README. */
@ConfigMapping(prefix = "faultdesk.notification")
public interface NotificationConfig {

    /** The time zone of rosters, quiet hours and the times printed in messages. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** The hotline printed in customer notices. */
    @WithDefault("10010")
    String hotline();

    /** How long after resolution the customer is asked about their satisfaction (回访). */
    @WithDefault("PT2H")
    Duration callbackDelay();

    /** How often an unacknowledged critical escalation is repeated. */
    @WithDefault("PT15M")
    Duration escalationRepeatInterval();

    QuietHoursConfig quietHours();

    RetryConfig retry();

    /** Messages the delivery worker sends in one pass before it looks for due repetitions again. */
    @WithDefault("20")
    int deliveryBatchSize();

    /** How long a claimed message is left to its sender before it is due again: beyond every channel's timeout. */
    @WithDefault("PT2M")
    Duration sendingLease();

    /** Quiet hours for customers. */
    interface QuietHoursConfig {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("21:00")
        LocalTime start();

        @WithDefault("08:00")
        LocalTime end();
    }

    /** Retries while a gateway (or ticket-service, for the customer's contact) fails. */
    interface RetryConfig {
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT30M")
        Duration maxBackoff();
    }

    default QuietHours customerQuietHours() {
        return new QuietHours(quietHours().enabled(), quietHours().start(), quietHours().end(), zone());
    }

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(retry().maxAttempts(), retry().initialBackoff(), retry().maxBackoff());
    }
}
