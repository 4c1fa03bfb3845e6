package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;

/** What the chaos tests share: their scenario's timeline, what was down when, and the checks after it. */
final class Timeline {

    /** When a part was down (or slow), for sorting the stages by what they fell due in. */
    record Outage(String what, Instant from, Instant to) {

        /** Whether a stage due at {@code dueAt} fell in this outage or in the {@code recovery} after it. */
        boolean covers(Instant dueAt, Duration recovery) {
            return !dueAt.isBefore(from) && dueAt.isBefore(to.plus(recovery));
        }

        Duration length() {
            return Duration.between(from, to);
        }

        @Override
        public String toString() {
            return what + " for " + length().toMillis() + " ms";
        }
    }

    private Timeline() {
    }

    /** Until the wall clock passes {@code instant}: the scenario's timeline, not a wait for the system. */
    static void awaitInstant(Instant instant) {
        Duration ahead = Duration.between(Instant.now(), instant);
        await("until " + instant).atMost(ahead.isNegative() ? Duration.ofSeconds(1) : ahead.plusSeconds(5))
                .pollInterval(Duration.ofMillis(200)).until(() -> Instant.now().isAfter(instant));
    }

    /** The keys among {@code wanted} that have a record on the watched topic. */
    static Set<String> keys(TopicWatcher watcher, Set<String> wanted) {
        return watcher.recordsAfter(Duration.ofMillis(500), r -> wanted.contains(r.key())).stream()
                .map(r -> r.key()).collect(Collectors.toSet());
    }

    /** No service dead-lettered anything about these tickets. */
    static void assertNothingDeadLettered(Collection<String> ticketIds) {
        for (String topic : List.of(Topics.TICKET_SERVICE_DEAD_LETTER, Topics.DISPATCH_SERVICE_DEAD_LETTER,
                Topics.SLA_MONITOR_DEAD_LETTER, Topics.NOTIFICATION_SERVICE_DEAD_LETTER)) {
            try (TopicWatcher deadLetters = TestKafka.watchFromStart(topic)) {
                assertThat(deadLetters.recordsAfter(Duration.ofSeconds(1), r -> ticketIds.contains(r.key())))
                        .as("records of this test on %s", topic).isEmpty();
            }
        }
    }
}
