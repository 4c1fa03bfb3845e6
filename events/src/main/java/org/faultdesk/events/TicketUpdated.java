package org.faultdesk.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket's status or its SLA-relevant classification changed. Carries the whole current state,
 * so a consumer that missed earlier updates is still right.
 *
 * @param changes        which parts changed in this update
 * @param previousStatus the status before, equal to {@code status} when only the classification changed
 * @param reason         why, as the actor gave it (may be null)
 * @param actor          who made the change: an agent id, a system, or a technician id
 */
public record TicketUpdated(
        UUID eventId,
        Instant occurredAt,
        String ticketId,
        int schemaVersion,
        Set<Change> changes,
        TicketStatus status,
        TicketStatus previousStatus,
        TicketClassification classification,
        String reason,
        String actor) implements TicketEvent {

    public static final int SCHEMA_VERSION = 1;

    /** What an update changed. */
    public enum Change {
        STATUS,
        PRIORITY,
        /** Tier, service type, kind, scope, locality or area: the restore deadline may move. */
        CLASSIFICATION,
        /**
         * A person added a note (the call centre's written answer to the customer, a supervisor's
         * instruction): the first one after the opening is the complaint's first reply.
         */
        NOTE
    }

    public TicketUpdated {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ticketId, "ticketId");
        Require.schemaVersion(schemaVersion);
        List<Change> listed = Require.list(new ArrayList<>(Require.present(changes, "changes")), "changes");
        if (listed.isEmpty()) {
            throw new IllegalArgumentException("field 'changes' must name at least one change");
        }
        // EnumSet: the same changes always serialise in the same order.
        changes = Collections.unmodifiableSet(EnumSet.copyOf(listed));
        Require.present(status, "status");
        Require.present(previousStatus, "previousStatus");
        Require.present(classification, "classification");
        Require.text(actor, "actor");
    }

    /** The update only added a note: status and classification are as they were. */
    @JsonIgnore
    public boolean onlyNoted() {
        return changes.equals(EnumSet.of(Change.NOTE));
    }
}
