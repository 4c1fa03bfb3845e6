package org.faultdesk.sla.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The tiny CSV dialect of the operator-editable data files: no quoting, {@code #} comments, {@code *} for any. */
final class Csv {

    private Csv() {
    }

    static String content(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).trim();
    }

    static String[] fields(String content, int expected) {
        String[] fields = content.split(",", -1);
        if (fields.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " comma-separated fields, found " + fields.length);
        }
        return Arrays.stream(fields).map(String::trim).toArray(String[]::new);
    }

    static <E extends Enum<E>> E enumOrAny(Class<E> type, String text) {
        if (text.equals("*")) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + text + "'; allowed: * or "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }
}
