package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ticket-service is killed with SIGKILL while callers keep posting tickets, and started again:
 * every ticket a caller was given (201, or 200 for a retried key) is on {@code ticket-opened}, and
 * nothing else of theirs is. A ticket may appear more than once only as copies of one event (same
 * event id): the outbox relay sends before it deletes, so a kill between the two sends again.
 */
@ExtendWith(PlatformExtension.class)
class TicketServiceCrashIT {

    private static final int CALLERS = 4;
    private static final int BEFORE_KILL = 40;
    private static final int AFTER_RESTART = 40;

    @Test
    void everyAcknowledgedTicketIsOnTicketOpenedAfterAKill9MidIntake(Platform platform) throws InterruptedException {
        String channel = "e2e-intake-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicWatcher opened = TestKafka.watch(Topics.TICKET_OPENED)) {
            Intake intake = new Intake(platform, channel, CALLERS);
            try (intake) {
                await("tickets before the kill").atMost(Duration.ofSeconds(60)).until(() -> intake.acknowledged() >= BEFORE_KILL);
                platform.ticketService().kill();
                int atKill = intake.acknowledged();
                platform.ticketService().start();
                await("tickets after the restart").atMost(Duration.ofSeconds(60))
                        .until(() -> intake.acknowledged() >= atKill + AFTER_RESTART);
            }
            Map<String, Intake.Answer> answers = intake.answers();
            int unanswered = intake.unanswered();
            Set<String> acknowledged = answers.values().stream().map(Intake.Answer::ticketId).collect(Collectors.toSet());
            assertThat(acknowledged).as("one ticket per Idempotency-Key").hasSize(answers.size());
            assertThat(unanswered).as("attempts that met the dead or restarting service").isPositive();

            await("every acknowledged ticket on ticket-opened").atMost(Duration.ofSeconds(60))
                    .until(() -> keys(ofChannel(opened.recordsAfter(Duration.ofMillis(500), r -> true), channel))
                            .containsAll(acknowledged));
            List<TicketOpened> events = ofChannel(opened.recordsAfter(Duration.ofSeconds(3), r -> true), channel);
            assertThat(keys(events)).as("tickets of this intake on ticket-opened").isEqualTo(acknowledged);
            Map<String, Set<UUID>> eventIdsByTicket = events.stream().collect(Collectors.groupingBy(
                    TicketOpened::ticketId, Collectors.mapping(TicketOpened::eventId, Collectors.toSet())));
            assertThat(eventIdsByTicket).as("one TicketOpened event per ticket (copies share its id)")
                    .allSatisfy((ticketId, eventIds) -> assertThat(eventIds).hasSize(1));

            long replayed = answers.values().stream().filter(answer -> answer.status() == 200).count();
            System.out.printf("TicketServiceCrashIT: %d tickets acknowledged (%d with 201, %d with 200 for a retried key), "
                            + "%d attempts unanswered during the outage, %d records on ticket-opened (%d copies)%n",
                    answers.size(), answers.size() - replayed, replayed, unanswered, events.size(),
                    events.size() - acknowledged.size());
        }
    }

    private static List<TicketOpened> ofChannel(Collection<ConsumerRecord<String, String>> records, String channel) {
        return records.stream().map(r -> EventJson.read(r.value(), TicketOpened.class))
                .filter(event -> channel.equals(event.channel()))
                .toList();
    }

    private static Set<String> keys(List<TicketOpened> events) {
        return events.stream().map(TicketOpened::ticketId).collect(Collectors.toSet());
    }
}
