package org.faultdesk.sla.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

/** The tiny CSV dialect of the operator-editable data files: no quoting, {@code #} comments, {@code *} for any. */
final class Csv {

    private Csv() {
    }

    /**
     * Hands each line with content to {@code row} with its line number; an error in a row is
     * rethrown naming the file ({@code what}) and the line.
     */
    static void forEachRow(Reader reader, String what, ObjIntConsumer<String> row) {
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String content = content(line);
                if (content.isEmpty()) {
                    continue;
                }
                try {
                    row.accept(content, lineNumber);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(what + ", line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
