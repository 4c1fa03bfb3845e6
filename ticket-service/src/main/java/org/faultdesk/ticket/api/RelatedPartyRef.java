package org.faultdesk.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** TMF621 relatedParty: someone involved in the ticket (the reporting agent, a customer manager…). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatedPartyRef(
        @NotBlank @Size(max = 60) String role,
        @Size(max = 120) String id,
        @Size(max = 200) String name,
        @JsonProperty("@referredType") @Size(max = 60) String referredType) {
}
