package org.faultdesk.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.ticket.domain.ContactLanguage;

/** A TMF621 TroubleTicket as the API shows it, with this domain's extensions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TroubleTicketView(
        String id,
        String href,
        @JsonProperty("@type") String type,
        String name,
        String description,
        Severity severity,
        int priority,
        TicketKind ticketType,
        TicketStatus status,
        Instant statusChangeDate,
        String statusChangeReason,
        List<StatusChangeView> statusChangeHistory,
        Instant creationDate,
        Instant lastUpdate,
        Instant requestedResolutionDate,
        Instant expectedResolutionDate,
        Instant resolutionDate,
        String resolutionCode,
        String externalIdentifier,
        String channel,
        List<NoteView> note,
        List<RelatedPartyRef> relatedParty,
        ServiceType serviceType,
        CustomerTier customerTier,
        FaultScope faultScope,
        Locality locality,
        String areaCode,
        ContactView customerContact,
        SlaClockStarted.ClockState slaClockState,
        int escalationLevel,
        int escalationStage,
        EscalationRole escalationRole,
        Instant escalationDate,
        SlaOutcome slaOutcome) {

    /** One entry of the status history (TMF StatusChange, plus who made it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChangeView(TicketStatus status, Instant changeDate, String changeReason, String actor) {
    }

    /** A TMF Note. */
    public record NoteView(String id, Instant date, String author, String text) {
    }

    /** The customer's contact, for the call centre that owns the ticket. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(String name, String phone, String email, String address, ContactLanguage language) {
    }
}
