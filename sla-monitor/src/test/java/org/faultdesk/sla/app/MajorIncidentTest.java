package org.faultdesk.sla.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.MajorIncidentSuspected;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.faultdesk.sla.TestClock;
import org.faultdesk.sla.Tickets;
import org.junit.jupiter.api.Test;

/** 升级报备: three faults of one service in one area within 30 minutes (test threshold) are one incident. */
@QuarkusTest
class MajorIncidentTest {

    @Inject
    TestClock clock;

    @Test
    void faultsClusteringInOneAreaRaiseOneIncidentNotOnePerTicket() {
        String area = "AREA-INCIDENT-" + Tickets.newId();
        TicketClassification classification = Tickets.eightHours(area);
        Instant start = clock.instant();
        List<String> ids = List.of(Tickets.newId(), Tickets.newId(), Tickets.newId(), Tickets.newId());
        String elsewhere = Tickets.newId();
        try (TopicWatcher incidents = TestKafka.watch(Topics.MAJOR_INCIDENT_SUSPECTED);
             TopicWatcher deadlines = TestKafka.watch(Topics.SLA_CLOCK_STARTED)) {
            for (int i = 0; i < ids.size(); i++) {
                TestKafka.publish(Tickets.opened(ids.get(i), classification, start.plus(Duration.ofMinutes(5L * i))));
                // One at a time, so the order of openings is the order of handling.
                deadlines.awaitEvent(SlaClockStarted.class, ids.get(i));
            }
            TestKafka.publish(Tickets.opened(elsewhere, Tickets.eightHours(area + "-OTHER"), start));

            MajorIncidentSuspected incident = EventJson.read(
                    incidents.awaitRecord(r -> ids.contains(r.key())).value(), MajorIncidentSuspected.class);
            assertThat(incident.ticketId()).isEqualTo(ids.get(2));
            assertThat(incident.ticketIds()).containsExactlyElementsOf(ids.subList(0, 3));
            assertThat(incident.serviceType()).isEqualTo(ServiceType.INTERNET_LEASED_LINE);
            assertThat(incident.areaCode()).isEqualTo(area);
            assertThat(incident.symptom()).isEqualTo("Internet leased line down");
            assertThat(incident.windowStart()).isEqualTo(start);
            assertThat(incident.expectedRestoreBy()).isEqualTo(start.plus(Duration.ofHours(8)));
            assertThat(incidents.recordsAfter(Duration.ofSeconds(2),
                    r -> ids.contains(r.key()) || elsewhere.equals(r.key()))).hasSize(1);
        }
    }
}
