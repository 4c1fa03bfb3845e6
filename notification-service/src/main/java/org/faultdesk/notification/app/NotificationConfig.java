package org.faultdesk.notification.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.faultdesk.notification.domain.Audience;
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

    /** Retries of customer notices. */
    RetryConfig retry();

    /** Retries of supervisor alerts: sooner and for longer, since an escalation must get through. */
    AlertRetryConfig alertRetry();

    /** Messages the delivery worker sends in one pass before it looks for due repetitions again. */
    @WithDefault("20")
    int deliveryBatchSize();

    /** How long a claimed message is left to its sender before it is due again: beyond every channel's timeout. */
    @WithDefault("PT30S")
    Duration sendingLease();

    /**
     * The most customer notices one address receives over one channel in a rolling hour; past it a
     * notice is skipped and logged (a burst of tickets naming one phone number, or a real storm
     * of updates, does not make the operator's sender flood it).
     */
    @WithDefault("6")
    int customerNoticesPerHour();

    /** Quiet hours for customers. */
    interface QuietHoursConfig {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("21:00")
        LocalTime start();

        @WithDefault("08:00")
        LocalTime end();
    }

    /** Retries of customer notices while a gateway (or ticket-service, for the customer's contact) fails. */
    interface RetryConfig {
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT30M")
        Duration maxBackoff();
    }

    /**
     * Retries of a supervisor alert while a gateway fails: every 5 s at first, then at most a
     * minute apart, for about two hours; a gateway down for a minute delays an alert by that
     * minute and a few seconds, not by the customer policy's half hour.
     */
    interface AlertRetryConfig {
        @WithDefault("120")
        int maxAttempts();

        @WithDefault("PT5S")
        Duration initialBackoff();

        @WithDefault("PT1M")
        Duration maxBackoff();
    }

    default QuietHours customerQuietHours() {
        return new QuietHours(quietHours().enabled(), quietHours().start(), quietHours().end(), zone());
    }

    /** How a failed message of this audience is retried. */
    default RetryPolicy retryPolicy(Audience audience) {
        return audience == Audience.STAFF
                ? new RetryPolicy(alertRetry().maxAttempts(), alertRetry().initialBackoff(), alertRetry().maxBackoff())
                : new RetryPolicy(retry().maxAttempts(), retry().initialBackoff(), retry().maxBackoff());
    }
}
