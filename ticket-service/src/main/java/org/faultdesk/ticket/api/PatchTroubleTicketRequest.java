package org.faultdesk.ticket.api;

import com.fasterxml.jackson.annotation.JsonMerge;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.ticket.domain.ContactLanguage;
import org.faultdesk.ticket.domain.CustomerContact;
import org.faultdesk.ticket.domain.Ticket;
import org.faultdesk.ticket.domain.TicketEdit;

/**
 * What a merge-patch (RFC 7396) may change on a ticket. Filled from the ticket first, then the
 * patch is merged onto it, then it is validated: a field set to null that must have a value is
 * named in the answer. {@code note} entries are appended (notes are append-only).
 */
public class PatchTroubleTicketRequest {

    @NotBlank @Size(max = 200)
    public String name;
    @NotBlank @Size(max = 4000)
    public String description;
    @NotNull
    public Severity severity;
    @NotNull @Min(1) @Max(4)
    public Integer priority;
    @NotNull
    public TicketKind ticketType;
    @NotNull
    public ServiceType serviceType;
    @NotNull
    public CustomerTier customerTier;
    @NotNull
    public FaultScope faultScope;
    @NotNull
    public Locality locality;
    @NotBlank @Size(max = 40)
    public String areaCode;
    public Instant requestedResolutionDate;
    @NotNull @Valid @JsonMerge
    public Contact customerContact;
    @NotNull
    public TicketStatus status;
    @Size(max = 500)
    public String statusChangeReason;
    @Size(max = 120)
    public String resolutionCode;
    public List<@NotNull @Valid NoteRequest> note = new ArrayList<>();

    /** The contact part, merged field by field. */
    public static class Contact {
        @NotBlank @Size(max = 200)
        public String name;
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,30}", message = "must be a phone number (digits, spaces, '-', leading '+')")
        public String phone;
        @Email @Size(max = 200)
        public String email;
        @Size(max = 500)
        public String address;
        @NotNull
        public ContactLanguage language;
    }

    static PatchTroubleTicketRequest of(Ticket ticket) {
        PatchTroubleTicketRequest patch = new PatchTroubleTicketRequest();
        patch.name = ticket.name;
        patch.description = ticket.description;
        patch.severity = ticket.severity;
        patch.priority = ticket.priority;
        patch.ticketType = ticket.kind;
        patch.serviceType = ticket.serviceType;
        patch.customerTier = ticket.customerTier;
        patch.faultScope = ticket.faultScope;
        patch.locality = ticket.locality;
        patch.areaCode = ticket.areaCode;
        patch.requestedResolutionDate = ticket.requestedResolutionDate;
        patch.customerContact = new Contact();
        patch.customerContact.name = ticket.contact.name;
        patch.customerContact.phone = ticket.contact.phone;
        patch.customerContact.email = ticket.contact.email;
        patch.customerContact.address = ticket.contact.address;
        patch.customerContact.language = ticket.contact.language;
        patch.status = ticket.status;
        return patch;
    }

    TicketEdit toEdit(String actor) {
        return new TicketEdit(name, description,
                new TicketClassification(ticketType, serviceType, customerTier, severity, priority, faultScope, locality,
                        areaCode),
                requestedResolutionDate,
                new CustomerContact(customerContact.name, customerContact.phone, customerContact.email,
                        customerContact.address, customerContact.language),
                status, statusChangeReason, resolutionCode,
                note.stream().map(input -> input.toNewNote(actor))
                        .toList());
    }
}
