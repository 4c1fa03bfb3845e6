package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Many fault tickets of one service type opened in one area within a short window: probably one
 * network fault behind them (升级报备). Raised once per incident, for the control centre and the
 * customer-service centre. {@code ticketId} is the ticket that crossed the threshold.
 *
 * @param symptom            the most common ticket title among the affected tickets
 * @param ticketIds          the tickets counted so far
 * @param expectedRestoreBy  the earliest restore deadline among them, if known
 */
public record MajorIncidentSuspected(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        String incidentId,
        ServiceType serviceType,
        String areaCode,
        String symptom,
        List<String> ticketIds,
        Instant windowStart,
        Instant windowEnd,
        Instant expectedRestoreBy) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    public MajorIncidentSuspected {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        Require.text(incidentId, "incidentId");
        Require.present(serviceType, "serviceType");
        Require.text(areaCode, "areaCode");
        Require.text(symptom, "symptom");
        ticketIds = Require.list(ticketIds, "ticketIds");
        if (ticketIds.isEmpty()) {
            throw new IllegalArgumentException("field 'ticketIds' must not be empty");
        }
        Require.present(windowStart, "windowStart");
        Require.present(windowEnd, "windowEnd");
    }

    /** How many tickets the incident covers so far; written to JSON for readers of the topic. */
    @JsonProperty("ticketCount")
    public int ticketCount() {
        return ticketIds.size();
    }
}
