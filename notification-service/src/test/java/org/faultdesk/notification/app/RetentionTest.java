package org.faultdesk.notification.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.faultdesk.notification.TestClock;
import org.faultdesk.notification.domain.Channel;
import org.faultdesk.notification.domain.Delivery;
import org.faultdesk.notification.domain.DeliveryStatus;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.persistence.DeliveryStore;
import org.faultdesk.support.retention.Retention;
import org.junit.jupiter.api.Test;

/**
 * Idempotency records and finished deliveries older than the horizon (30 days) go; younger ones,
 * and a message still waiting to be sent however old, stay.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    DeliveryStore deliveries;

    @Inject
    EntityManager entityManager;

    @Inject
    TestClock clock;

    @Test
    void rowsBeyondTheHorizonArePrunedAndNothingElse() {
        Instant old = clock.instant().minus(Duration.ofDays(31));
        Instant recent = clock.instant().minus(Duration.ofDays(29));
        String ticket = "TT-RETENTION-" + UUID.randomUUID();
        UUID oldEvent = UUID.randomUUID();
        UUID recentEvent = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            delivery(ticket, Notice.ESCALATION, DeliveryStatus.SENT, old);
            delivery(ticket, Notice.SLA_WARNING, DeliveryStatus.FAILED, old);
            // Queued long ago and held for a day more (a callback): not finished, so not the log's to lose.
            delivery(ticket, Notice.MAJOR_INCIDENT, DeliveryStatus.HELD, old, clock.instant().plus(Duration.ofDays(1)));
            delivery(ticket, Notice.TICKET_OPENED, DeliveryStatus.SENT, recent);
            processed(oldEvent, old);
            processed(recentEvent, recent);
        });

        var pruned = retention.pruneNow();

        assertThat(pruned.get("delivery")).isGreaterThanOrEqualTo(2);
        assertThat(pruned.get("processed_event")).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("ticketId", ticket))
                .stream().map(d -> d.notice).toList())
                .as("the held message and the recent one stay")
                .containsExactlyInAnyOrder(Notice.MAJOR_INCIDENT, Notice.TICKET_OPENED);
        assertThat(processedIds(oldEvent)).isZero();
        assertThat(processedIds(recentEvent)).isOne();
    }

    private void delivery(String ticket, Notice notice, DeliveryStatus status, Instant at) {
        delivery(ticket, notice, status, at, at);
    }

    private void delivery(String ticket, Notice notice, DeliveryStatus status, Instant queuedAt, Instant due) {
        deliveries.insertOnce(UUID.randomUUID(), ticket, notice, "P-RETENTION", Channel.EMAIL, 0, "zh-CN", "{}",
                status, due, queuedAt);
    }

    private void processed(UUID eventId, Instant at) {
        entityManager.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) values ('test', :id, :at)")
                .setParameter("id", eventId).setParameter("at", at).executeUpdate();
    }

    private long processedIds(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
