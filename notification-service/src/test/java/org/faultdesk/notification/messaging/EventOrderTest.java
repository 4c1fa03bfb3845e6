package org.faultdesk.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.admin;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.platform.test.TestKafka;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ticket's events come on several topics, so notification-service may read them in any order:
 * each pair is handed to the consumers in both orders, and what is left to send is the same.
 * Called the way the connector calls them (JSON in, one transaction each), on the test's thread.
 */
@QuarkusTest
class EventOrderTest {

    /** What a message still on its way looks like in the delivery log. */
    private static final List<String> STILL_TO_GO = List.of("PENDING", "HELD", "SENDING", "SENT");

    @Inject
    TicketEventsConsumer ticketEvents;

    @Inject
    SupervisorAlertsConsumer alerts;

    @ParameterizedTest(name = "cancellation first: {0}")
    @ValueSource(booleans = {true, false})
    void aCancelledTicketsCustomerIsToldNothingOfItsDispatchWhicheverCameFirst(boolean cancellationFirst) {
        String area = Supervisors.area();
        String ticketId = TestEvents.ticketId();
        TicketUpdated cancellation = TestEvents.statusChanged(ticketId, area, TicketStatus.ACKNOWLEDGED, TicketStatus.CANCELLED);
        TicketDispatched dispatch = TestEvents.dispatched(ticketId, area, "TEAM-A");
        Runnable cancelled = () -> ticketEvents.onUpdated(EventJson.write(cancellation), TestKafka.asReceived(cancellation));
        Runnable dispatched = () -> ticketEvents.onDispatched(EventJson.write(dispatch), TestKafka.asReceived(dispatch));

        inOrder(cancellationFirst, cancelled, dispatched);

        assertThat(statuses(ticketId)).as("messages about the ticket still to go").doesNotContainAnyElementsOf(STILL_TO_GO);
    }

    @ParameterizedTest(name = "cancellation first: {0}")
    @ValueSource(booleans = {true, false})
    void aCancelledTicketsEscalationIsNotRepeatedWhicheverCameFirst(boolean cancellationFirst) {
        String area = Supervisors.area();
        Supervisors.onCall(EscalationRole.AREA_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        TicketEscalated escalated = TestEvents.escalated(ticketId, area, EscalationRole.AREA_MANAGER, true);
        TicketUpdated cancellation = TestEvents.statusChanged(ticketId, area, TicketStatus.ACKNOWLEDGED, TicketStatus.CANCELLED);
        Runnable cancelled = () -> ticketEvents.onUpdated(EventJson.write(cancellation), TestKafka.asReceived(cancellation));

        inOrder(cancellationFirst, cancelled,
                () -> alerts.onEscalated(EventJson.write(escalated), TestKafka.asReceived(escalated)));

        admin().get("/api/v1/escalations/{id}", escalated.eventId()).then().statusCode(200)
                .body("nextRepeatAt", nullValue());
        assertThat(statuses(ticketId)).as("alerts about the ticket still to go").doesNotContain("PENDING", "HELD");
    }

    private static void inOrder(boolean cancellationFirst, Runnable cancellation, Runnable other) {
        (cancellationFirst ? cancellation : other).run();
        (cancellationFirst ? other : cancellation).run();
    }

    private static List<String> statuses(String ticketId) {
        return admin().queryParam("ticketId", ticketId).get("/api/v1/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("status");
    }
}
