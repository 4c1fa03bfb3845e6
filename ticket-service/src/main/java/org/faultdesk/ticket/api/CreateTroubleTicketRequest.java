package org.faultdesk.ticket.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;

/** The body of a TMF621 create: what the call centre recorded, with this domain's extensions. */
public record CreateTroubleTicketRequest(
        @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotNull Severity severity,
        @Min(1) @Max(4) Integer priority,
        @NotNull TicketKind ticketType,
        @NotNull ServiceType serviceType,
        @NotNull CustomerTier customerTier,
        FaultScope faultScope,
        Locality locality,
        @NotBlank @Size(max = 40) String areaCode,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "must be 1 to 60 letters, digits, '.', '_' or '-'")
        String channel,
        @Size(min = 1, max = 120) String externalIdentifier,
        Instant requestedResolutionDate,
        @NotNull @Valid ContactRequest customerContact,
        List<@NotNull @Valid RelatedPartyRef> relatedParty,
        List<@NotNull @Valid NoteRequest> note) {

    /** Priority when the call centre gives none: ordinary work. */
    static final int DEFAULT_PRIORITY = 3;
}
