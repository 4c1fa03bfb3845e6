package org.faultdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The records' own rules, enforced when a message is read")
class RecordValidationTest {

    @Nested
    @DisplayName("TicketClassification")
    class Classification {

        @ParameterizedTest(name = "priority {0}")
        @ValueSource(ints = {-1, 0, 5, 10})
        @DisplayName("rejects a priority outside 1..4")
        void priorityOutOfRange(int priority) {
            FixtureEdit.of(TicketOpened.class).set("classification.priority", priority)
                    .assertRejected()
                    .hasMessageEndingWith("field 'priority' must be 1 to 4, was " + priority);
        }

        @ParameterizedTest(name = "priority {0}")
        @ValueSource(ints = {1, 2, 3, 4})
        @DisplayName("accepts priorities 1 to 4")
        void priorityInRange(int priority) {
            TicketOpened event = FixtureEdit.of(TicketOpened.class).set("classification.priority", priority).read();

            assertThat(event.classification().priority()).isEqualTo(priority);
        }

        @Test
        @DisplayName("rejects a blank area code")
        void blankAreaCode() {
            FixtureEdit.of(TicketOpened.class).set("classification.areaCode", "")
                    .assertRejected()
                    .hasMessageEndingWith("required field 'areaCode' is blank");
        }
    }

    @Nested
    @DisplayName("WorkOrderUpdated")
    class WorkOrder {

        private static final String BEFORE_START = "2026-11-23T09:00:00Z";
        private static final String AT_START = "2026-11-23T09:30:00Z";

        @Test
        @DisplayName("rejects COMPLETED without a resolution code")
        void completedWithoutResolutionCode() {
            completed().assertRejected().hasMessageEndingWith("missing required field 'resolutionCode'");
        }

        @Test
        @DisplayName("rejects COMPLETED with a blank resolution code")
        void completedWithBlankResolutionCode() {
            completed().set("resolutionCode", " ")
                    .assertRejected()
                    .hasMessageEndingWith("required field 'resolutionCode' is blank");
        }

        @Test
        @DisplayName("accepts COMPLETED with a resolution code")
        void completedWithResolutionCode() {
            WorkOrderUpdated event = completed().set("resolutionCode", "OPTICAL-CABLE-SPLICED").read();

            assertThat(event.action()).isEqualTo(WorkOrderAction.COMPLETED);
            assertThat(event.resolutionCode()).isEqualTo("OPTICAL-CABLE-SPLICED");
        }

        @ParameterizedTest(name = "without {0}")
        @ValueSource(strings = {"appointmentEnd", "appointmentStart"})
        @DisplayName("rejects one end of the appointment window without the other")
        void halfAnAppointment(String missing) {
            FixtureEdit.of(WorkOrderUpdated.class).remove(missing)
                    .assertRejected()
                    .hasMessageEndingWith("fields 'appointmentStart' and 'appointmentEnd' come together");
        }

        @ParameterizedTest(name = "end {0}")
        @ValueSource(strings = {BEFORE_START, AT_START})
        @DisplayName("rejects an appointment that does not end after it starts")
        void appointmentEndNotAfterStart(String end) {
            FixtureEdit.of(WorkOrderUpdated.class).set("appointmentEnd", end)
                    .assertRejected()
                    .hasMessageEndingWith("field 'appointmentEnd' must be after 'appointmentStart'");
        }

        @Test
        @DisplayName("accepts a step that books no appointment")
        void noAppointment() {
            WorkOrderUpdated event = FixtureEdit.of(WorkOrderUpdated.class)
                    .set("action", "EN_ROUTE").set("appointmentStart", null).set("appointmentEnd", null)
                    .read();

            assertThat(event.appointmentStart()).isNull();
            assertThat(event.appointmentEnd()).isNull();
        }

        private FixtureEdit<WorkOrderUpdated> completed() {
            return FixtureEdit.of(WorkOrderUpdated.class).set("action", "COMPLETED");
        }
    }

    @Nested
    @DisplayName("SlaClockStarted")
    class SlaClock {

        @Test
        @DisplayName("rejects a RUNNING clock without a restore deadline")
        void runningWithoutDeadline() {
            FixtureEdit.of(SlaClockStarted.class).remove("restoreDeadline")
                    .assertRejected()
                    .hasMessageEndingWith("missing required field 'restoreDeadline'");
        }

        @Test
        @DisplayName("accepts a PAUSED clock without a restore deadline, and round-trips it")
        void pausedWithoutDeadline() {
            SlaClockStarted event = FixtureEdit.of(SlaClockStarted.class)
                    .set("change", "PAUSED").set("clockState", "PAUSED").remove("restoreDeadline")
                    .read();

            assertThat(event.clockState()).isEqualTo(SlaClockStarted.ClockState.PAUSED);
            assertThat(event.restoreDeadline()).isNull();
            assertThat(EventJson.read(EventJson.write(event), SlaClockStarted.class)).isEqualTo(event);
        }

        @Test
        @DisplayName("rejects an allowance of zero")
        void zeroAllowance() {
            FixtureEdit.of(SlaClockStarted.class).set("allowance.amount", 0)
                    .assertRejected()
                    .hasMessageEndingWith("field 'amount' must be 1 or more, was 0");
        }
    }

    @Nested
    @DisplayName("MajorIncidentSuspected")
    class MajorIncident {

        @Test
        @DisplayName("rejects an incident with no tickets")
        void emptyTicketIds() {
            FixtureEdit.of(MajorIncidentSuspected.class).set("ticketIds", List.of())
                    .assertRejected()
                    .hasMessageEndingWith("field 'ticketIds' must not be empty");
        }

        @Test
        @DisplayName("writes ticketCount, the number of ticketIds")
        void ticketCountIsWritten() {
            MajorIncidentSuspected event = Fixtures.event(MajorIncidentSuspected.class);

            String written = EventJson.write(event);

            assertThat(event.ticketIds()).hasSize(5);
            assertThat(FixtureEdit.valueAt(written, "ticketCount").isInt()).as("ticketCount is a JSON integer").isTrue();
            assertThat(FixtureEdit.valueAt(written, "ticketCount").asInt()).isEqualTo(5);
        }

        @Test
        @DisplayName("derives ticketCount from ticketIds, ignoring the count on the wire")
        void ticketCountIsDerived() {
            MajorIncidentSuspected event = FixtureEdit.of(MajorIncidentSuspected.class)
                    .set("ticketIds", List.of("TT-2026-000118", "TT-2026-000126"))
                    .read();

            assertThat(event.ticketCount()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("Malformed JSON")
    class MalformedJson {

        @ParameterizedTest(name = "{0}")
        @EnumSource(EventType.class)
        @DisplayName("a truncated message is an InvalidEventException, not a raw Jackson exception")
        void truncatedMessage(EventType type) {
            String fixture = Fixtures.json(type);
            String truncated = fixture.substring(0, fixture.length() / 2);

            assertThatThrownBy(() -> EventJson.read(truncated, type.recordClass()))
                    .isExactlyInstanceOf(InvalidEventException.class)
                    .hasMessageStartingWith("invalid " + type.recordClass().getSimpleName() + ": ")
                    .hasCauseInstanceOf(JsonProcessingException.class);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"", "   ", "{", "TT-2026-000123", "[]", "42", "{\"eventId\": }"})
        @DisplayName("text that is not a JSON object is an InvalidEventException")
        void notAnObject(String text) {
            assertThatThrownBy(() -> EventJson.read(text, TicketOpened.class))
                    .isExactlyInstanceOf(InvalidEventException.class)
                    .hasMessageStartingWith("invalid TicketOpened: ");
        }

        @Test
        @DisplayName("a value of the wrong type names the field")
        void wrongValueType() {
            FixtureEdit.of(TicketOpened.class).set("openedAt", "yesterday morning")
                    .assertRejected()
                    .hasMessageContaining("field 'openedAt' has invalid value 'yesterday morning'");
        }
    }
}
