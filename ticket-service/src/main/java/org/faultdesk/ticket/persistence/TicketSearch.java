package org.faultdesk.ticket.persistence;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.Map;

/**
 * A search of the ticket list: equality filters by entity attribute, an optional creation window,
 * an order and one page.
 *
 * @param equal       entity attribute → value it must equal
 * @param createdFrom inclusive, or null
 * @param createdTo   exclusive, or null
 */
public record TicketSearch(Map<String, Object> equal, Instant createdFrom, Instant createdTo, Sort sort,
                           int offset, int limit) {
}
