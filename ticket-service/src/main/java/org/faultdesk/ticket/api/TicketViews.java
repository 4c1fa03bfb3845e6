package org.faultdesk.ticket.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.faultdesk.support.privacy.Masking;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.ticket.domain.CustomerContact;
import org.faultdesk.ticket.domain.ResponseDeadline;
import org.faultdesk.ticket.domain.Ticket;

/** Turns tickets into their TMF621 form, whole or reduced to the {@code fields} a caller asked for. */
@ApplicationScoped
public class TicketViews {

    static final String BASE_PATH = "/tmf-api/troubleTicket/v5/troubleTicket";

    /** Every ticket shows these, whatever {@code fields} asks for (TMF621). */
    private static final Set<String> ALWAYS = Set.of("id", "href", "@type");

    private static final TypeReference<List<RelatedPartyRef>> PARTIES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    /**
     * How much of the customer's contact a view shows: in full only to the agent handling the
     * ticket (each such read recorded, {@code ContactReads}); masked in lists and to other roles.
     */
    public enum Contact {
        IN_FULL, MASKED
    }

    public TroubleTicketView view(Ticket ticket, Contact shown) {
        TroubleTicketView view = new TroubleTicketView();
        view.id = ticket.id;
        view.href = BASE_PATH + "/" + ticket.id;
        view.type = "TroubleTicket";
        view.name = ticket.name;
        view.description = ticket.description;
        view.severity = ticket.severity;
        view.priority = ticket.priority;
        view.ticketType = ticket.kind;
        view.status = ticket.status;
        view.statusChangeDate = ticket.statusChangeDate;
        view.statusChangeReason = ticket.statusChangeReason;
        view.statusChangeHistory = ticket.statusHistory.stream()
                .map(change -> new TroubleTicketView.StatusChangeView(change.status, change.changeDate,
                        change.changeReason, change.actor))
                .toList();
        view.creationDate = ticket.creationDate;
        view.lastUpdate = ticket.lastUpdate;
        view.requestedResolutionDate = ticket.requestedResolutionDate;
        view.expectedResolutionDate = ticket.expectedResolutionDate;
        view.resolutionDate = ticket.resolutionDate;
        view.resolutionCode = ticket.resolutionCode;
        view.externalIdentifier = ticket.externalIdentifier;
        view.channel = ticket.channel;
        view.note = ticket.notes.stream()
                .map(note -> new TroubleTicketView.NoteView(String.valueOf(note.id), note.date, note.author, note.text))
                .toList();
        view.relatedParty = relatedParty(ticket.relatedParty);
        view.serviceType = ticket.serviceType;
        view.customerTier = ticket.customerTier;
        view.faultScope = ticket.faultScope;
        view.locality = ticket.locality;
        view.areaCode = ticket.areaCode;
        CustomerContact contact = ticket.contact;
        view.customerContact = shown == Contact.IN_FULL
                ? new TroubleTicketView.ContactView(contact.name, contact.phone, contact.email, contact.address,
                        contact.language)
                : new TroubleTicketView.ContactView(Masking.name(contact.name), Masking.phone(contact.phone),
                        Masking.email(contact.email), Masking.address(contact.address), contact.language);
        view.slaClockState = ticket.slaClockState;
        view.escalationLevel = ticket.escalationLevel;
        view.escalationStage = ticket.escalationStage;
        view.escalationRole = ticket.escalationRole;
        view.escalationDate = ticket.escalationDate;
        view.slaOutcome = ticket.slaOutcome;
        view.responseDeadline = ResponseDeadline.read(ticket.responseDeadlines).entrySet().stream()
                .map(entry -> new TroubleTicketView.ResponseDeadlineView(entry.getKey(), entry.getValue().deadline(),
                        entry.getValue().state(), entry.getValue().metAt()))
                .toList();
        view.callback = ticket.callbackState == null ? null : new TroubleTicketView.CallbackSummary(ticket.callbackState,
                ticket.callbackAttempts, ticket.callbackSatisfaction);
        return view;
    }

    /** The ticket reduced to the requested fields, or whole when {@code fields} is empty. */
    public Object view(Ticket ticket, Contact shown, Set<String> fields) {
        TroubleTicketView whole = view(ticket, shown);
        if (fields.isEmpty()) {
            return whole;
        }
        ObjectNode node = mapper.valueToTree(whole);
        node.retain(fields);
        return node;
    }

    /**
     * Parses {@code fields=id,status,…}; unknown names are refused so that a typo does not silently
     * return nothing.
     */
    public static Set<String> parseFields(String fields) {
        if (fields == null || fields.isBlank()) {
            return Set.of();
        }
        Set<String> requested = Arrays.stream(fields.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> unknown = new TreeSet<>(requested);
        unknown.removeAll(selectableFields());
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "invalid-query", "Invalid query parameter",
                    "fields: unknown field(s) " + unknown + "; allowed: " + String.join(", ", new TreeSet<>(selectableFields())));
        }
        requested.addAll(ALWAYS);
        return requested;
    }

    private static Set<String> selectableFields() {
        return Arrays.stream(TroubleTicketView.class.getFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(field -> field.getName().equals("type") ? "@type" : field.getName())
                .collect(Collectors.toSet());
    }

    String relatedPartyJson(List<RelatedPartyRef> parties) {
        if (parties == null || parties.isEmpty()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(parties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write relatedParty", e);
        }
    }

    private List<RelatedPartyRef> relatedParty(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, PARTIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored relatedParty is not valid JSON", e);
        }
    }
}
