package org.faultdesk.ticket.api;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.ticket.persistence.TicketSearch;

/**
 * The list endpoint's query, filtered as TMF630 says: {@code attribute=value} (a comma between values
 * for any of them), {@code attribute.gt/.gte/.lt/.lte=value} on dates and numbers, every condition
 * holding; then sort, offset/limit and field selection. A parameter that is not one of these — an
 * attribute that cannot be filtered, an operator that does not apply, a value of the wrong type — is
 * a 400 naming it: a filter is never silently ignored, since a CRM's sync job would act on the
 * wrong tickets.
 */
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

    /** The parameters that are not filters. */
    private static final Set<String> RESERVED = Set.of("fields", "sort", "offset", "limit");

    /** A filterable API attribute: the entity attribute behind it, how a value is read, and whether it has an order. */
    private record Filterable(String attribute, BiFunction<String, String, Object> value, boolean ordered) {
    }

    /** Filterable API attributes (v5's {@code channel.id}, {@code externalIdentifier.id} beside our flat names). */
    private static final Map<String, Filterable> FILTERABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("id", new Filterable("id", TicketQuery::text, false)),
            Map.entry("status", new Filterable("status", (name, value) -> statusNamed(value), false)),
            Map.entry("ticketType", new Filterable("kind", enumOf(TicketKind.class), false)),
            Map.entry("severity", new Filterable("severity", enumOf(Severity.class), false)),
            Map.entry("priority", new Filterable("priority", TicketQuery::integer, true)),
            Map.entry("customerTier", new Filterable("customerTier", enumOf(CustomerTier.class), false)),
            Map.entry("serviceType", new Filterable("serviceType", enumOf(ServiceType.class), false)),
            Map.entry("areaCode", new Filterable("areaCode", TicketQuery::text, false)),
            Map.entry("channel", new Filterable("channel", TicketQuery::text, false)),
            Map.entry("channel.id", new Filterable("channel", TicketQuery::text, false)),
            Map.entry("externalIdentifier", new Filterable("externalIdentifier", TicketQuery::text, false)),
            Map.entry("externalIdentifier.id", new Filterable("externalIdentifier", TicketQuery::text, false)),
            Map.entry("escalationLevel", new Filterable("escalationLevel", TicketQuery::integer, true)),
            Map.entry("creationDate", new Filterable("creationDate", TicketQuery::instant, true)),
            Map.entry("lastUpdate", new Filterable("lastUpdate", TicketQuery::instant, true)),
            Map.entry("statusChangeDate", new Filterable("statusChangeDate", TicketQuery::instant, true)),
            Map.entry("expectedResolutionDate", new Filterable("expectedResolutionDate", TicketQuery::instant, true))));

    /** TMF630's comparison suffixes; {@code .eq} is the plain {@code attribute=value}. */
    private static final Map<String, TicketSearch.Operator> OPERATORS = Map.of(
            "eq", TicketSearch.Operator.IN,
            "gt", TicketSearch.Operator.GT,
            "gte", TicketSearch.Operator.GTE,
            "lt", TicketSearch.Operator.LT,
            "lte", TicketSearch.Operator.LTE);

    /** The names the first release took for a creation window, kept: {@code creationDate.gte} and {@code .lt}. */
    private static final Map<String, String> OLDER_NAMES = Map.of(
            "createdFrom", "creationDate.gte",
            "createdTo", "creationDate.lt");

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

    /** The search the request's parameters ask for; a parameter that makes no sense is a 400 naming it. */
    TicketSearch search(MultivaluedMap<String, String> parameters) {
        List<TicketSearch.Condition> conditions = new ArrayList<>();
        parameters.forEach((given, values) -> {
            if (RESERVED.contains(given)) {
                return;
            }
            String name = OLDER_NAMES.getOrDefault(given, given);
            for (String value : values) {
                conditions.add(condition(given, name, value));
            }
        });
        return new TicketSearch(conditions, parseSort(sort),
                number("offset", offset, 0, Integer.MAX_VALUE - MAX_LIMIT),
                number("limit", limit, 1, MAX_LIMIT));
    }

    /** One filter parameter: {@code attribute} or {@code attribute.operator}, with its value(s). */
    private static TicketSearch.Condition condition(String given, String name, String value) {
        Filterable filterable = FILTERABLE.get(name);
        TicketSearch.Operator operator = TicketSearch.Operator.IN;
        int dot = name.lastIndexOf('.');
        if (filterable == null && dot > 0 && OPERATORS.containsKey(name.substring(dot + 1))) {
            filterable = FILTERABLE.get(name.substring(0, dot));
            operator = OPERATORS.get(name.substring(dot + 1));
        }
        if (filterable == null) {
            throw invalid(given + ": not a filter; filterable: " + String.join(", ", FILTERABLE.keySet())
                    + " (attribute=value, a comma between values for any of them; .gt .gte .lt .lte on "
                    + String.join(", ", ordered()) + ")");
        }
        if (operator != TicketSearch.Operator.IN && !filterable.ordered()) {
            throw invalid(given + ": " + name.substring(0, dot) + " has no order; .gt .gte .lt .lte apply to "
                    + String.join(", ", ordered()));
        }
        List<Object> values = new ArrayList<>();
        for (String one : operator == TicketSearch.Operator.IN ? value.split(",", -1) : new String[] {value}) {
            if (one.isBlank()) {
                throw invalid(given + ": an empty value");
            }
            values.add(filterable.value().apply(given, one.strip()));
        }
        return new TicketSearch.Condition(filterable.attribute(), operator, values);
    }

    private static List<String> ordered() {
        return FILTERABLE.entrySet().stream().filter(e -> e.getValue().ordered()).map(Map.Entry::getKey).toList();
    }

    private static Object text(String parameter, String value) {
        return value;
    }

    private static Object integer(String parameter, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(parameter + ": '" + value + "' is not a whole number");
        }
    }

    private static <E extends Enum<E>> BiFunction<String, String, Object> enumOf(Class<E> type) {
        return (parameter, value) -> enumNamed(parameter, value, type);
    }

    private static <E extends Enum<E>> E enumNamed(String parameter, String value, Class<E> type) {
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
        // TMF names (acknowledged, inProgress, …), as the ticket shows its status.
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

    private static Object instant(String parameter, String value) {
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
