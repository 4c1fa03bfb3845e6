package org.faultdesk.ticket.persistence;

import io.quarkus.panache.common.Sort;
import java.util.List;

/**
 * A search of the ticket list: conditions on entity attributes (all must hold), an order and one page.
 *
 * @param conditions each one attribute compared with values of its type
 */
public record TicketSearch(List<Condition> conditions, Sort sort, int offset, int limit) {

    /** How an attribute is compared: equal to one of the values, or greater/less than the one value. */
    public enum Operator {
        IN("in"), GT(">"), GTE(">="), LT("<"), LTE("<=");

        private final String jpql;

        Operator(String jpql) {
            this.jpql = jpql;
        }

        public String jpql() {
            return jpql;
        }
    }

    /** {@code attribute in (values)}, or {@code attribute > value} and the like with one value. */
    public record Condition(String attribute, Operator operator, List<Object> values) {

        public Condition {
            values = List.copyOf(values);
            if (values.isEmpty() || (operator != Operator.IN && values.size() != 1)) {
                throw new IllegalArgumentException(operator + " on " + attribute + " with " + values.size() + " values");
            }
        }
    }
}
