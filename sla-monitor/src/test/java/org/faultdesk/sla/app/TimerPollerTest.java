package org.faultdesk.sla.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.SlaWarningRaised;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.sla.persistence.TimerPlan;
import org.junit.jupiter.api.Test;

/** Durable timers: stages already due at start fire once, and concurrent pollers never fire one twice. */
@QuarkusTest
class TimerPollerTest {

    @Inject
    TestClock clock;

    @Inject
    ClockStore store;

    @Inject
    Instance<TimerPoller> pollers;

    @Test
    void aStageThatFellDueWhileTheServiceWasDownFiresOnce() {
        try (TopicWatcher warnings = TestKafka.watch(Topics.SLA_WARNING_RAISED)) {
            // Written before an outage: opened 5 hours ago, 50% stage due an hour ago, never fired.
            String ticketId = Tickets.newId();
            Instant opened = clock.instant().minus(Duration.ofHours(5));
            insertRunningClock(ticketId, opened);

            SlaWarningRaised warning = warnings.awaitEvent(SlaWarningRaised.class, ticketId);
            assertThat(warning.dueAt()).isEqualTo(opened.plus(Duration.ofHours(4)));
            assertThat(warning.targetRole()).isEqualTo(EscalationRole.TEAM_LEAD);
            assertThat(warnings.recordsAfter(Duration.ofSeconds(2), r -> ticketId.equals(r.key())))
                    .as("the 80%% stage is not due yet; the 50%% one fired once").hasSize(1);
            assertThat(firedStages(ticketId)).isEqualTo(1);
        }
    }

    @Test
    void twoPollersRacingForTheSameDueStageFireItOnce() throws Exception {
        TimerPoller first = pollers.get();
        TimerPoller second = pollers.get();
        assertThat(first).isNotSameAs(second);
        try (TopicWatcher warnings = TestKafka.watch(Topics.SLA_WARNING_RAISED)) {
            List<String> tickets = List.of(Tickets.newId(), Tickets.newId(), Tickets.newId());
            Instant opened = clock.instant().minus(Duration.ofHours(5));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                tickets.forEach(id -> insertRunningClock(id, opened));
                Future<Integer> a = threads.submit(() -> pollRepeatedly(first, go));
                Future<Integer> b = threads.submit(() -> pollRepeatedly(second, go));
                go.countDown();
                a.get();
                b.get();
            } finally {
                threads.shutdown();
            }
            for (String id : tickets) {
                warnings.awaitEvent(SlaWarningRaised.class, id);
            }
            List<SlaWarningRaised> fired = warnings.recordsAfter(Duration.ofSeconds(2), r -> tickets.contains(r.key()))
                    .stream().map(r -> EventJson.read(r.value(), SlaWarningRaised.class)).toList();
            assertThat(fired).extracting(SlaWarningRaised::ticketId).containsExactlyInAnyOrderElementsOf(tickets);
            tickets.forEach(id -> assertThat(firedStages(id)).isEqualTo(1));
        }
    }

    private static int pollRepeatedly(TimerPoller poller, CountDownLatch go) throws InterruptedException {
        go.await();
        int taken = 0;
        for (int i = 0; i < 20; i++) {
            taken += poller.pollOnce();
        }
        return taken;
    }

    private void insertRunningClock(String ticketId, Instant opened) {
        QuarkusTransaction.requiringNew().run(() -> {
            ClockRow row = new ClockRow();
            row.ticketId = ticketId;
            row.clock = SlaClocks.RESTORE;
            row.openedAt = opened;
            ClockStore.classify(row, Tickets.eightHours("AREA-" + ticketId), opened);
            row.policyKey = "ent-internet-city-ordinary";
            row.baseDeadline = opened.plus(Duration.ofHours(8));
            row.marks = "[]";
            row.milestones = "{}";
            row.state = "RUNNING";
            row.restoreDeadline = row.baseDeadline;
            row.persist();
            store.apply(new TimerPlan(ticketId, SlaClocks.RESTORE, 1, opened.plus(Duration.ofHours(4))));
        });
    }

    private int firedStages(String ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> store.find(ticketId).orElseThrow().firedStages);
    }
}
