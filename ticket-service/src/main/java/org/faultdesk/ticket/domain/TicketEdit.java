package org.faultdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;

/**
 * The state a call centre wants a ticket in after a merge-patch: every editable field, plus the
 * notes to append. {@link TicketService#edit} compares it with the ticket and applies the
 * differences.
 */
public record TicketEdit(
        String name,
        String description,
        TicketKind kind,
        ServiceType serviceType,
        CustomerTier customerTier,
        Severity severity,
        int priority,
        FaultScope faultScope,
        Locality locality,
        String areaCode,
        Instant requestedResolutionDate,
        CustomerContact contact,
        TicketStatus status,
        String statusChangeReason,
        String resolutionCode,
        List<NoteInput> newNotes) {
}
