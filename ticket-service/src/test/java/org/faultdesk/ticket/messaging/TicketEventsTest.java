package org.faultdesk.ticket.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.platform.test.TestIdentity.as;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.faultdesk.ticket.api.TicketRequests.patch;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.events.TicketResolved;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated.Change;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.Test;

/** What the ticket's changes look like on the real broker, published through the outbox. */
@QuarkusTest
class TicketEventsTest {

    @Test
    void anOpenedTicketIsOnTicketOpenedWithItsClassificationAndNoCustomerData() {
        try (TopicWatcher opened = TestKafka.watch(Topics.TICKET_OPENED)) {
            String id = open();

            ConsumerRecord<String, String> record = opened.awaitRecord(r -> id.equals(r.key()));
            TicketOpened event = EventJson.read(record.value(), TicketOpened.class);
            assertThat(event.ticketId()).isEqualTo(id);
            assertThat(event.title()).isEqualTo("No internet since 08:00");
            assertThat(event.channel()).isEqualTo("hotline-10010");
            assertThat(event.classification().kind()).isEqualTo(TicketKind.FAULT);
            assertThat(event.classification().serviceType()).isEqualTo(ServiceType.HOME_BROADBAND);
            assertThat(event.classification().customerTier()).isEqualTo(CustomerTier.GOLD);
            assertThat(event.classification().severity()).isEqualTo(Severity.CRITICAL);
            assertThat(event.classification().priority()).isEqualTo(2);
            assertThat(event.classification().areaCode()).isEqualTo("GZ-TH-03");
            assertThat(event.openedAt().toString()).isEqualTo(agent().get(TICKETS + "/" + id).path("creationDate"));
            assertThat(record.value()).doesNotContain("13812345678", "王小明", "xiaoming", "体育西路");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("org.faultdesk.ticket-opened.v1");
        }
    }

    @Test
    void aNumberOrAddressTypedIntoTheTitleOrAReasonGoesOnKafkaMasked() {
        String id = open(faultBody(uniqueExternalId())
                .replace("No internet since 08:00", "No internet, call back 13812345678 or wang@example.cn"));
        try (TopicWatcher opened = TestKafka.watchFromStart(Topics.TICKET_OPENED);
             TopicWatcher updated = TestKafka.watch(Topics.TICKET_UPDATED)) {
            patch(id, "{\"status\": \"pending\", \"statusChangeReason\": \"customer asks to call 020-88881234 after 18:00\"}");

            assertThat(opened.awaitEvent(TicketOpened.class, id).title())
                    .isEqualTo("No internet, call back 138****5678 or w****@example.cn");
            assertThat(updated.awaitEvent(TicketUpdated.class, id).reason())
                    .isEqualTo("customer asks to call 020****1234 after 18:00");
        }
        // The ticket itself keeps what the agent typed, for those who may read it.
        assertThat(agent().get(TICKETS + "/" + id).path("name").toString())
                .isEqualTo("No internet, call back 13812345678 or wang@example.cn");
    }

    @Test
    void priorityAndClassificationChangesAreOneTicketUpdated() {
        String id = open();
        try (TopicWatcher updated = TestKafka.watch(Topics.TICKET_UPDATED)) {
            // Not SLA-relevant: no event. The next patch's event is therefore the first one seen.
            patch(id, "{\"description\": \"now also the landline\", \"customerContact\": {\"phone\": \"13900001111\"}}");
            patch(id, "{\"priority\": 1, \"customerTier\": \"AAA\"}");

            TicketUpdated event = updated.awaitEvent(TicketUpdated.class, id);
            assertThat(event.changes()).isEqualTo(EnumSet.of(Change.PRIORITY, Change.CLASSIFICATION));
            assertThat(event.classification().customerTier()).isEqualTo(CustomerTier.AAA);
            assertThat(event.classification().priority()).isEqualTo(1);
            assertThat(event.status()).isEqualTo(TicketStatus.ACKNOWLEDGED);
            assertThat(event.previousStatus()).isEqualTo(TicketStatus.ACKNOWLEDGED);
            assertThat(event.actor()).isEqualTo("agent-1");
        }
    }

    @Test
    void aStatusChangeIsTicketUpdatedAndARefusedOneIsNothing() {
        String id = open();
        try (TopicWatcher updated = TestKafka.watch(Topics.TICKET_UPDATED)) {
            agent().contentType("application/merge-patch+json").body("{\"status\": \"closed\", \"priority\": 1}")
                    .patch(TICKETS + "/" + id).then().statusCode(409);
            as("AG-9", "agent").contentType("application/merge-patch+json")
                    .body("{\"status\": \"held\", \"statusChangeReason\": \"waiting for the core network team\"}")
                    .patch(TICKETS + "/" + id).then().statusCode(200);

            TicketUpdated event = updated.awaitEvent(TicketUpdated.class, id);
            assertThat(event.changes()).containsExactly(Change.STATUS);
            assertThat(event.status()).isEqualTo(TicketStatus.HELD);
            assertThat(event.previousStatus()).isEqualTo(TicketStatus.ACKNOWLEDGED);
            assertThat(event.reason()).isEqualTo("waiting for the core network team");
            assertThat(event.actor()).isEqualTo("AG-9");
            assertThat(event.classification().priority()).isEqualTo(2);
        }
    }

    @Test
    void aPersonsNoteIsTicketUpdatedWithoutItsText() {
        String id = open();
        try (TopicWatcher updated = TestKafka.watch(Topics.TICKET_UPDATED)) {
            as("AG-3", "agent").contentType("application/merge-patch+json")
                    .body("{\"note\": [{\"text\": \"Told the customer the mast is being repaired, 13812345678\"}]}")
                    .patch(TICKETS + "/" + id).then().statusCode(200);

            ConsumerRecord<String, String> record = updated.awaitRecord(r -> id.equals(r.key()));
            TicketUpdated event = EventJson.read(record.value(), TicketUpdated.class);
            assertThat(event.changes()).as("the complaint's first reply, for sla-monitor").containsExactly(Change.NOTE);
            assertThat(event.onlyNoted()).isTrue();
            assertThat(event.status()).isEqualTo(TicketStatus.ACKNOWLEDGED).isEqualTo(event.previousStatus());
            assertThat(event.actor()).isEqualTo("AG-3");
            assertThat(record.value()).doesNotContain("mast", "13812345678");
        }
        // A note with the resolution: the update says a note was written, and gives no reason it was not given.
        String resolved = open();
        try (TopicWatcher updated = TestKafka.watch(Topics.TICKET_UPDATED)) {
            agent().contentType("application/merge-patch+json")
                    .body("{\"note\": [{\"text\": \"answered\"}], \"status\": \"resolved\", \"resolutionCode\": \"ANSWERED\"}")
                    .patch(TICKETS + "/" + resolved).then().statusCode(200);
            TicketUpdated event = updated.awaitEvent(TicketUpdated.class, resolved);
            assertThat(event.changes()).containsExactly(Change.NOTE);
            assertThat(event.reason()).isNull();
        }
    }

    @Test
    void aResolvedTicketIsOnTicketResolved() {
        String id = open();
        try (TopicWatcher resolved = TestKafka.watch(Topics.TICKET_RESOLVED)) {
            as("AG-5", "agent").contentType("application/merge-patch+json")
                    .body("{\"status\": \"resolved\", \"resolutionCode\": \"ANSWERED_ON_PHONE\"}")
                    .patch(TICKETS + "/" + id).then().statusCode(200);

            TicketResolved event = resolved.awaitEvent(TicketResolved.class, id);
            assertThat(event.resolutionCode()).isEqualTo("ANSWERED_ON_PHONE");
            assertThat(event.actor()).isEqualTo("AG-5");
            assertThat(event.resolvedAt().toString()).isEqualTo(agent().get(TICKETS + "/" + id).path("resolutionDate"));
        }
    }
}
