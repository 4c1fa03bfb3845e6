package org.faultdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The SLA events name the clock they are about")
class SlaClocksTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EventType.class, names = {"SLA_CLOCK_STARTED", "SLA_CLOCK_STOPPED", "SLA_WARNING_RAISED",
            "TICKET_ESCALATED"})
    @DisplayName("an event written before clocks were named is the restore clock's")
    void unnamedClockIsTheRestoreClock(EventType type) throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(type));
        json.remove("clock");

        TicketEvent event = EventJson.read(json.toString(), type.recordClass());

        assertThat(event).extracting("clock").isEqualTo(SlaClocks.RESTORE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EventType.class, names = {"SLA_CLOCK_STARTED", "SLA_CLOCK_STOPPED", "SLA_WARNING_RAISED",
            "TICKET_ESCALATED"})
    @DisplayName("a response milestone's clock keeps its name through JSON, and is not the restore clock")
    void responseClockKeepsItsName(EventType type) throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(type));
        json.put("clock", "work-order");

        TicketEvent event = EventJson.read(json.toString(), type.recordClass());
        String written = EventJson.write(event);

        assertThat(event).extracting("clock").isEqualTo("work-order");
        assertThat(EventJson.mapper().readTree(written).get("clock").asText()).isEqualTo("work-order");
        assertThat(EventJson.mapper().readTree(written).has("restoreClock")).as("the derived flag is not on the wire")
                .isFalse();
    }

    @Test
    @DisplayName("the restore clock is the restore clock")
    void restoreClockFlag() {
        TicketEscalated fixture = EventJson.read(Fixtures.json(EventType.TICKET_ESCALATED), TicketEscalated.class);

        assertThat(fixture.isRestoreClock()).isTrue();
        assertThat(new SlaClockStopped(fixture.eventId(), fixture.occurredAt(), fixture.ticketId(), 1,
                SlaOutcome.MET, fixture.occurredAt(), fixture.occurredAt(), fixture.restoreDeadline(),
                java.time.Duration.ZERO, java.time.Duration.ZERO, fixture.classification(), "reply").isRestoreClock())
                .isFalse();
    }
}
