package org.faultdesk.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one JSON form of every event: ISO-8601 instants and durations, unknown fields ignored (so
 * producers may add fields without breaking consumers), unknown enum values and missing required
 * fields rejected with a message that names the field.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventJson() {
    }

    public static String write(TicketEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    /** Parses one event; throws {@link InvalidEventException} naming what is wrong. */
    public static <T extends TicketEvent> T read(String json, Class<T> type) {
        String name = type.getSimpleName();
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("invalid " + name + ": empty message", null);
        }
        T event;
        try {
            event = MAPPER.readValue(json, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidEventException("invalid " + name + ": " + inField(e) + cause.getMessage(), e);
        } catch (InvalidFormatException e) {
            throw new InvalidEventException("invalid " + name + ": " + describe(e), e);
        } catch (JsonMappingException e) {
            throw new InvalidEventException("invalid " + name + ": " + inField(e) + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("invalid " + name + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (event == null) {
            throw new InvalidEventException("invalid " + name + ": the message is JSON null", null);
        }
        int understood = EventType.ofClass(type).schemaVersion();
        if (event.schemaVersion() > understood) {
            // A bump means an incompatible change: reading it as the old shape could misapply it.
            throw new InvalidEventException("invalid " + name + ": schemaVersion " + event.schemaVersion()
                    + " is newer than this consumer understands (" + understood + ")", null);
        }
        return event;
    }

    /** "in 'classification': " for a problem inside a nested object, nothing at the top level. */
    private static String inField(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "" : "in '" + path + "': ";
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String describe(InvalidFormatException e) {
        String field = path(e);
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            String allowed = Arrays.stream(e.getTargetType().getEnumConstants())
                    .map(EventJson::wireName)
                    .collect(Collectors.joining(", "));
            return "field '" + field + "' has unknown value '" + e.getValue() + "'; allowed: " + allowed;
        }
        return "field '" + field + "' has invalid value '" + e.getValue() + "': " + e.getOriginalMessage();
    }

    private static String wireName(Object constant) {
        return MAPPER.convertValue(constant, String.class);
    }

    /** The mapper, for code that must serialise nested parts the same way (tests, tools). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
