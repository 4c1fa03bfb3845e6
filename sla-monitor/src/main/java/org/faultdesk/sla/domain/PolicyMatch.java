package org.faultdesk.sla.domain;

/**
 * The policy that applies to a ticket.
 *
 * @param fallback true when no row covered the classification and the table's fallback was used
 */
public record PolicyMatch(RestorePolicy policy, boolean fallback) {
}
