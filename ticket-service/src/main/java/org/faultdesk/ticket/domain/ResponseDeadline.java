package org.faultdesk.ticket.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.faultdesk.events.EventJson;

/**
 * One of the ticket's response deadlines as sla-monitor announced it (its {@code clock} is the
 * milestone: {@code work-order}, {@code complaint-reply}, {@code visit-booked}, …).
 *
 * @param deadline null while the clock is paused (it still moves)
 * @param metAt    when the milestone was reached, once it was
 * @param asOf     when sla-monitor announced it: an older announcement arriving later changes nothing
 */
public record ResponseDeadline(Instant deadline, State state, Instant metAt, Instant asOf) {

    /** Where a response clock stands. */
    public enum State { RUNNING, PAUSED, MET, BREACHED }

    private static final TypeReference<Map<String, ResponseDeadline>> MAP = new TypeReference<>() {
    };

    /** Whether this replaces {@code current}: a reached clock stays reached, else the newer announcement wins. */
    public boolean replaces(ResponseDeadline current) {
        if (current == null) {
            return true;
        }
        if (current.reached() != reached()) {
            return reached();
        }
        return current.asOf() == null || asOf == null || !asOf.isBefore(current.asOf());
    }

    /** Whether the milestone was reached: a stopped response clock never runs again. */
    public boolean reached() {
        return state == State.MET || state == State.BREACHED;
    }

    /** The deadlines of a ticket, by clock, from their stored JSON. */
    public static Map<String, ResponseDeadline> read(String json) {
        try {
            return json == null || json.isBlank() ? new TreeMap<>() : new TreeMap<>(EventJson.mapper().readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response deadlines are not readable", e);
        }
    }

    public static String write(Map<String, ResponseDeadline> deadlines) {
        try {
            return EventJson.mapper().writeValueAsString(new TreeMap<>(deadlines));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
