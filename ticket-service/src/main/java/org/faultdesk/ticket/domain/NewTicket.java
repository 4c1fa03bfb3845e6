package org.faultdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;

/** What a call centre asks for when it opens a ticket, already validated by the API. */
public record NewTicket(
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
        String channel,
        String externalIdentifier,
        Instant requestedResolutionDate,
        CustomerContact contact,
        String relatedParty,
        List<NoteInput> notes) {
}
