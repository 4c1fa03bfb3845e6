package org.faultdesk.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shared JSON fixtures of the event contract: one realistic message per {@link EventType},
 * on the test classpath at {@code /fixtures/<topic>.json}. Services' tests load them from here so
 * that producers and consumers are tested against the same messages.
 *
 * <p>The fixtures tell one story: an AAA customer's internet leased line in Guangzhou Tianhe
 * (ticket {@code TT-2026-000123}) goes down, is dispatched, breaches its four-hour restore
 * deadline and is resolved; the same fibre cut makes home broadband tickets in the area pile up
 * into a suspected major incident.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** Where the fixture of {@code type} lives on the classpath, e.g. {@code /fixtures/ticket-opened.json}. */
    public static String resourcePath(EventType type) {
        return "/fixtures/" + type.topic() + ".json";
    }

    /** The fixture's JSON text, exactly as stored. */
    public static String json(EventType type) {
        String path = resourcePath(type);
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture for " + type + ": " + path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + path, e);
        }
    }

    /** The fixture of the event type whose record class is {@code type}, parsed with {@link EventJson}. */
    public static <T extends TicketEvent> T event(Class<T> type) {
        return EventJson.read(json(EventType.ofClass(type)), type);
    }
}
