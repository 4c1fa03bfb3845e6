package org.faultdesk.ticket.api;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.ticket.persistence.TicketSearch;

/** The list endpoint's query: filters, sort, offset/limit and field selection. */
public class TicketQuery {

    /** Sortable API fields and the entity attributes behind them. */
    private static final Map<String, String> SORTABLE = new TreeMap<>(Map.of(
            "id", "id",
            "creationDate", "creationDate",
            "lastUpdate", "lastUpdate",
            "priority", "priority",
            "severity", "severity",
            "status", "status",
            "statusChangeDate", "statusChangeDate",
            "expectedResolutionDate", "expectedResolutionDate",
            "customerTier", "customerTier",
            "escalationLevel", "escalationLevel"));

    @QueryParam("status")
    String status;

    @QueryParam("ticketType")
    String ticketType;

    @QueryParam("customerTier")
    String customerTier;

    @QueryParam("serviceType")
    String serviceType;

    @QueryParam("areaCode")
    String areaCode;

    @QueryParam("channel")
    String channel;

    @QueryParam("externalIdentifier")
    String externalIdentifier;

    /** Inclusive, ISO-8601 instant. */
    @QueryParam("createdFrom")
    String createdFrom;

    /** Exclusive, ISO-8601 instant. */
    @QueryParam("createdTo")
    String createdTo;

    @QueryParam("sort")
    @DefaultValue("-creationDate")
    String sort;

    @QueryParam("offset")
    @DefaultValue("0")
    String offset;

    @QueryParam("limit")
    @DefaultValue("20")
    String limit;

    @QueryParam("fields")
    String fields;

    static final int MAX_LIMIT = 100;

    /** The search these parameters ask for; a parameter that makes no sense is a 400 naming it. */
    TicketSearch search() {
        Map<String, Object> equal = new LinkedHashMap<>();
        if (status != null) {
            equal.put("status", statusNamed(status));
        }
        putIfPresent(equal, "kind", enumNamed("ticketType", ticketType, TicketKind.class));
        putIfPresent(equal, "customerTier", enumNamed("customerTier", customerTier, CustomerTier.class));
        putIfPresent(equal, "serviceType", enumNamed("serviceType", serviceType, ServiceType.class));
        putIfPresent(equal, "areaCode", areaCode);
        putIfPresent(equal, "channel", channel);
        putIfPresent(equal, "externalIdentifier", externalIdentifier);
        return new TicketSearch(equal,
                createdFrom == null ? null : instant("createdFrom", createdFrom),
                createdTo == null ? null : instant("createdTo", createdTo),
                parseSort(sort),
                number("offset", offset, 0, Integer.MAX_VALUE - MAX_LIMIT),
                number("limit", limit, 1, MAX_LIMIT));
    }

    private static void putIfPresent(Map<String, Object> equal, String attribute, Object value) {
        if (value != null) {
            equal.put(attribute, value);
        }
    }

    private static <E extends Enum<E>> E enumNamed(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw invalid(parameter + ": unknown value '" + value + "'; allowed: " + String.join(", ", allowed));
        }
    }

    private static int number(String parameter, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw invalid(parameter + ": '" + value + "' must be a whole number from " + min + " to " + max);
    }

    private static TicketStatus statusNamed(String name) {
        for (TicketStatus status : TicketStatus.values()) {
            if (status.tmfName().equals(name)) {
                return status;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            allowed.add(status.tmfName());
        }
        throw invalid("status: unknown value '" + name + "'; allowed: " + String.join(", ", allowed));
    }

    private static Instant instant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(parameter + ": '" + value + "' is not an ISO-8601 instant such as 2026-11-23T08:00:00Z");
        }
    }

    /** "-creationDate,priority" → creation date descending, then priority ascending; id last for a stable order. */
    static Sort parseSort(String sort) {
        Sort result = null;
        for (String part : sort.split(",")) {
            String field = part.strip();
            if (field.isEmpty()) {
                continue;
            }
            boolean descending = field.startsWith("-");
            String name = descending || field.startsWith("+") ? field.substring(1) : field;
            String attribute = SORTABLE.get(name);
            if (attribute == null) {
                throw invalid("sort: unknown field '" + name + "'; sortable: " + String.join(", ", SORTABLE.keySet()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        return result == null ? Sort.by("id") : result.and("id");
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "invalid-query", "Invalid query parameter", detail);
    }
}
