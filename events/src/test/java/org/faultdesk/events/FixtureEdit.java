package org.faultdesk.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * A fixture with a few fields changed, for the tests that check what the codec accepts and
 * rejects. Paths are dotted ({@code classification.customerTier}). {@link #set} and
 * {@link #remove} insist that the field exists and {@link #add} that it does not, so a typo in a
 * test fails loudly instead of testing an unchanged message.
 */
final class FixtureEdit<T extends TicketEvent> {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private final Class<T> type;
    private final ObjectNode root;

    private FixtureEdit(Class<T> type, ObjectNode root) {
        this.type = type;
        this.root = root;
    }

    static <T extends TicketEvent> FixtureEdit<T> of(Class<T> type) {
        return new FixtureEdit<>(type, parse(Fixtures.json(EventType.ofClass(type))));
    }

    static FixtureEdit<? extends TicketEvent> of(EventType type) {
        return of(type.recordClass());
    }

    /** Replaces the value of an existing field; {@code value} may be null, a JsonNode or anything Jackson can write. */
    FixtureEdit<T> set(String path, Object value) {
        ObjectNode parent = parentOf(path);
        String field = lastSegment(path);
        requireField(parent, field, path, true);
        parent.set(field, toNode(value));
        return this;
    }

    /** Adds a field the fixture does not have. */
    FixtureEdit<T> add(String path, Object value) {
        ObjectNode parent = parentOf(path);
        String field = lastSegment(path);
        requireField(parent, field, path, false);
        parent.set(field, toNode(value));
        return this;
    }

    /** Removes an existing field altogether (not the same as setting it to null). */
    FixtureEdit<T> remove(String path) {
        ObjectNode parent = parentOf(path);
        String field = lastSegment(path);
        requireField(parent, field, path, true);
        parent.remove(field);
        return this;
    }

    String json() {
        return root.toPrettyString();
    }

    T read() {
        return EventJson.read(json(), type);
    }

    /** Asserts that the codec rejects the edited message, for chaining checks on the message. */
    AbstractThrowableAssert<?, ? extends Throwable> assertRejected() {
        String json = json();
        return assertThatThrownBy(() -> EventJson.read(json, type))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("invalid " + type.getSimpleName() + ": ");
    }

    /** Parses JSON text into a tree, failing the test if it is not a JSON object. */
    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new AssertionError("not a JSON object: " + json, e);
        }
    }

    /** The node at a dotted path, or a missing node. */
    static JsonNode valueAt(String json, String path) {
        return parse(json).at("/" + path.replace('.', '/'));
    }

    private ObjectNode parentOf(String path) {
        JsonNode node = root;
        String[] segments = path.split("\\.");
        for (String segment : Arrays.copyOf(segments, segments.length - 1)) {
            node = node.get(segment);
            if (node == null || !node.isObject()) {
                throw new AssertionError("fixture of " + type.getSimpleName() + " has no object at '" + segment + "' of '" + path + "'");
            }
        }
        return (ObjectNode) node;
    }

    private void requireField(ObjectNode parent, String field, String path, boolean mustExist) {
        if (parent.has(field) != mustExist) {
            throw new AssertionError("fixture of " + type.getSimpleName() + (mustExist ? " has no field '" : " already has field '") + path + "'");
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }
}
