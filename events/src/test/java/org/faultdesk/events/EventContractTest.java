package org.faultdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every event type must keep, checked against its fixture. Parameterised over
 * {@link EventType#values()}, so an event type added without a fixture fails the build.
 */
@DisplayName("Event contract, for every event type")
class EventContractTest {

    private static final List<String> ENVELOPE_FIELDS = List.of("eventId", "occurredAt", "ticketId");

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("has a fixture that parses to the type's record class")
    void fixtureParsesToRecordClass(EventType type) {
        assertThat(Fixtures.class.getResource(Fixtures.resourcePath(type)))
                .as("fixture %s on the classpath", Fixtures.resourcePath(type))
                .isNotNull();

        TicketEvent event = fixtureEvent(type);

        assertThat(event).isNotNull();
        assertThat(event.getClass()).isEqualTo(type.recordClass());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("write then read gives back an equal record")
    void writeThenReadRoundTrips(EventType type) {
        TicketEvent event = fixtureEvent(type);

        assertThat(EventJson.read(EventJson.write(event), type.recordClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("read, write, read gives an equal record, written in exactly the fixture's form")
    void readWriteReadRoundTrips(EventType type) {
        String fixture = Fixtures.json(type);
        TicketEvent first = EventJson.read(fixture, type.recordClass());
        String written = EventJson.write(first);
        TicketEvent second = EventJson.read(written, type.recordClass());

        assertThat(second).isEqualTo(first);
        // Same fields, same spelling of every value: the fixture has no misspelt (hence silently
        // ignored) field, misses none, and writes instants and durations the way the codec does.
        assertThat(canonical(FixtureEdit.parse(written))).isEqualTo(canonical(FixtureEdit.parse(fixture)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("writes the envelope: eventId, occurredAt, ticketId, schemaVersion")
    void writtenJsonCarriesEnvelope(EventType type) {
        TicketEvent event = fixtureEvent(type);
        ObjectNode written = FixtureEdit.parse(EventJson.write(event));

        assertThat(written.path("eventId").asText()).isEqualTo(event.eventId().toString());
        assertThat(written.path("occurredAt").asText()).isEqualTo(event.occurredAt().toString());
        assertThat(written.path("ticketId").asText()).isEqualTo(event.ticketId()).isNotBlank();
        assertThat(written.path("schemaVersion").isInt()).as("schemaVersion is a JSON integer").isTrue();
        assertThat(written.path("schemaVersion").asInt()).isEqualTo(event.schemaVersion());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("fixture's schemaVersion is the record's SCHEMA_VERSION")
    void fixtureSchemaVersionIsCurrent(EventType type) throws ReflectiveOperationException {
        int current = type.recordClass().getField("SCHEMA_VERSION").getInt(null);

        assertThat(fixtureEvent(type).schemaVersion()).isEqualTo(current);
        assertThat(type.schemaVersion()).isEqualTo(current);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("tolerates unknown top-level fields, scalar or object")
    void unknownTopLevelFieldIsIgnored(EventType type) {
        TicketEvent edited = FixtureEdit.of(type)
                .add("sourceSystem", "crm-gd-prod")
                .add("extensions", Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "hops", 3))
                .read();

        assertThat(edited).isEqualTo(fixtureEvent(type));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nestedObjectsOfEveryType")
    @DisplayName("tolerates unknown fields inside nested objects")
    void unknownNestedFieldIsIgnored(EventType type, String nestedObject) {
        TicketEvent edited = FixtureEdit.of(type).add(nestedObject + ".futureField", "added by a newer producer").read();

        assertThat(edited).isEqualTo(fixtureEvent(type));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("envelopeFieldsOfEveryType")
    @DisplayName("rejects a message without an envelope field, naming the field")
    void missingEnvelopeFieldIsRejected(EventType type, String field) {
        FixtureEdit.of(type).remove(field)
                .assertRejected()
                .hasMessageEndingWith("missing required field '" + field + "'");
    }

    @ParameterizedTest(name = "{0} with null {1}")
    @MethodSource("envelopeFieldsOfEveryType")
    @DisplayName("rejects an envelope field set to null, naming the field")
    void nullEnvelopeFieldIsRejected(EventType type, String field) {
        FixtureEdit.of(type).set(field, null)
                .assertRejected()
                .hasMessageEndingWith("missing required field '" + field + "'");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("rejects a blank ticketId")
    void blankTicketIdIsRejected(EventType type) {
        FixtureEdit.of(type).set("ticketId", "   ")
                .assertRejected()
                .hasMessageEndingWith("required field 'ticketId' is blank");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("rejects a message without schemaVersion")
    void missingSchemaVersionIsRejected(EventType type) {
        FixtureEdit.of(type).remove("schemaVersion").assertRejected().hasMessageContaining("'schemaVersion'");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("rejects a schemaVersion newer than this build understands")
    void newerSchemaVersionIsRejected(EventType type) {
        FixtureEdit.of(type).set("schemaVersion", type.schemaVersion() + 1)
                .assertRejected()
                .hasMessageContaining("schemaVersion " + (type.schemaVersion() + 1) + " is newer than this consumer understands");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("rejects schemaVersion 0, naming the field")
    void zeroSchemaVersionIsRejected(EventType type) {
        FixtureEdit.of(type).set("schemaVersion", 0)
                .assertRejected()
                .hasMessageContaining("missing required field 'schemaVersion'")
                .hasMessageContaining("was 0");
    }

    static Stream<Arguments> envelopeFieldsOfEveryType() {
        return Arrays.stream(EventType.values())
                .flatMap(type -> ENVELOPE_FIELDS.stream().map(field -> arguments(type, field)));
    }

    /** Every nested object (classification, allowance…) of every fixture, with its event type. */
    static Stream<Arguments> nestedObjectsOfEveryType() {
        return Arrays.stream(EventType.values()).flatMap(type -> {
            ObjectNode fixture = FixtureEdit.parse(Fixtures.json(type));
            return fixture.properties().stream()
                    .filter(field -> field.getValue().isObject())
                    .map(field -> arguments(type, field.getKey()));
        });
    }

    private static TicketEvent fixtureEvent(EventType type) {
        return Fixtures.event(type.recordClass());
    }

    /**
     * The tree with every array's elements sorted: sets such as TicketUpdated.changes are written
     * in no guaranteed order, and list order is already checked by record equality.
     */
    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fieldNames().forEachRemaining(field -> copy.set(field, canonical(node.get(field))));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.elements().forEachRemaining(element -> elements.add(canonical(element)));
            elements.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            copy.addAll(elements);
            return copy;
        }
        return node;
    }
}
