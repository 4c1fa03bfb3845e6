package org.faultdesk.events;

import java.util.List;
import java.util.Objects;

/** Checks used by the event records' constructors, so a bad message fails with the field's name. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new IllegalArgumentException("required field '" + field + "' is blank");
        }
        return value;
    }

    static int schemaVersion(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("missing required field 'schemaVersion' (must be 1 or more, was " + value + ")");
        }
        return value;
    }

    static <T> List<T> list(List<T> value, String field) {
        if (present(value, field).stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("field '" + field + "' must not contain null");
        }
        return List.copyOf(value);
    }
}
