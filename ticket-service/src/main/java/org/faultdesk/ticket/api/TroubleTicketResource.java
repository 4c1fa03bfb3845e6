package org.faultdesk.ticket.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.json.JsonPatch;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;
import org.faultdesk.ticket.app.TicketService;
import org.faultdesk.ticket.domain.ContactLanguage;
import org.faultdesk.ticket.domain.CustomerContact;
import org.faultdesk.ticket.domain.NewNote;
import org.faultdesk.ticket.domain.NewTicket;
import org.faultdesk.ticket.domain.Ticket;
import org.faultdesk.ticket.domain.TicketNotFoundException;
import org.faultdesk.ticket.persistence.ContactReads;
import org.faultdesk.ticket.persistence.TicketScope;
import org.faultdesk.ticket.persistence.TicketStore;

/** TMF621 Trouble Ticket API (v5 paths): create, read, list and merge-patch trouble tickets. */
@Path(TicketViews.BASE_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "troubleTicket", description = "TMF621 trouble tickets for call centres")
public class TroubleTicketResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String JSON_PATCH = "application/json-patch+json";
    static final int MAX_KEY_LENGTH = 200;

    /** Read-only in TMF621 or owned by the service: a patch that names them is refused. */
    private static final Set<String> READ_ONLY = new TreeSet<>(List.of("id", "href", "@type", "statusChangeDate",
            "statusChangeHistory", "creationDate", "lastUpdate", "expectedResolutionDate", "resolutionDate",
            "externalIdentifier", "channel", "relatedParty", "slaClockState", "escalationLevel", "escalationStage",
            "escalationRole", "escalationDate", "slaOutcome", "responseDeadline", "callback"));

    @Inject
    TicketService tickets;

    @Inject
    Caller caller;

    @Inject
    CallerScope callerScope;

    @Inject
    ContactReads contactReads;

    @Inject
    TicketViews views;

    @Inject
    TicketStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    private ObjectReader patchReader;

    @PostConstruct
    void init() {
        patchReader = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).reader();
    }

    @POST
    @RolesAllowed(Roles.AGENT)
    @Transactional // the answer is built from the ticket in the same transaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a trouble ticket",
            description = "201 with Location for a new ticket; 200 with the existing ticket for a retry (same "
                    + "Idempotency-Key, or same externalIdentifier from the same channel); 422 when such a retry "
                    + "carries a different body.")
    public Response create(@Valid CreateTroubleTicketRequest body,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "the request body must be a trouble ticket as a JSON object");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new ProblemException(400, "invalid-header", "Invalid header",
                    "header 'Idempotency-Key' must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (!scope().admitsChannel(body.channel())) {
            throw new ProblemException(403, "not-your-channel", "Not your channel",
                    "you open tickets for " + describe(caller.claimValues(Roles.CHANNEL_CLAIM))
                            + "; this one is for channel '" + body.channel() + "'");
        }
        String by = caller.name();
        TicketService.Creation creation = tickets.open(toNewTicket(body, by), fingerprint(body), idempotencyKey, by);
        // The agent who opened it sees what they typed; a read of it in full is recorded like any other.
        TroubleTicketView view = views.view(creation.ticket(), shownTo(creation.ticket().id, ContactReads.Purpose.TICKET_VIEW));
        // One Location header either way: created() sets it for a new ticket, a retry gets it too.
        Response.ResponseBuilder response = creation.created()
                ? Response.created(URI.create(view.href))
                : Response.ok().header("Location", view.href);
        return response.entity(view).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.DISPATCHER, Roles.ADMIN})
    @Operation(summary = "Read a trouble ticket", description = "fields=a,b,… returns only those fields (plus id and href).")
    public Object get(@PathParam("id") String id, @QueryParam("fields") String fields) {
        Set<String> selected = TicketViews.parseFields(fields);
        TicketScope scope = scope();
        Ticket ticket = tickets.get(id);
        if (!scope.admits(ticket)) {
            throw new TicketNotFoundException(id); // another channel's or area's ticket is not there for this caller
        }
        TicketViews.Contact shown = selected.isEmpty() || selected.contains("customerContact")
                ? shownTo(ticket.id, ContactReads.Purpose.TICKET_VIEW)
                : TicketViews.Contact.MASKED;
        return views.view(ticket, shown, selected);
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.DISPATCHER, Roles.ADMIN})
    @Operation(summary = "List trouble tickets",
            description = "TMF630 filters (attribute=value, a comma between values for any of them; "
                    + "attribute.gt/.gte/.lt/.lte=value on dates and numbers; an attribute that cannot be filtered is a 400), "
                    + "sort (e.g. -creationDate,priority), offset/limit; X-Total-Count is the number of "
                    + "matching tickets, X-Result-Count the number in this page.")
    @Parameters({
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "acknowledged, inProgress, pending, held, resolved, closed, rejected, cancelled (a comma for any of them)"),
            @Parameter(name = "ticketType", in = ParameterIn.QUERY, description = "FAULT, COMPLAINT, …"),
            @Parameter(name = "severity", in = ParameterIn.QUERY, description = "CRITICAL, MAJOR, MINOR"),
            @Parameter(name = "customerTier", in = ParameterIn.QUERY, description = "AAA, AA, A, SUPREME, …"),
            @Parameter(name = "serviceType", in = ParameterIn.QUERY, description = "e.g. HOME_BROADBAND"),
            @Parameter(name = "areaCode", in = ParameterIn.QUERY, description = "e.g. GZ-TH-03"),
            @Parameter(name = "channel", in = ParameterIn.QUERY, description = "the channel's id"),
            @Parameter(name = "externalIdentifier", in = ParameterIn.QUERY, description = "the caller's own id of the ticket"),
            @Parameter(name = "lastUpdate.gt", in = ParameterIn.QUERY, description = "ISO-8601 instant: changed since (a CRM's sync)"),
            @Parameter(name = "creationDate.gte", in = ParameterIn.QUERY, description = "ISO-8601 instant; also .gt .lt .lte, and on lastUpdate, statusChangeDate, expectedResolutionDate, priority, escalationLevel")})
    public Response list(@BeanParam TicketQuery query, @Context UriInfo uri) {
        Set<String> fields = TicketViews.parseFields(query.fields);
        TicketStore.Page page = store.search(query.search(uri.getQueryParameters()), scope());
        // A list is a search over many customers: their contacts are always masked in it.
        List<Object> body = page.tickets().stream()
                .map(ticket -> views.view(ticket, TicketViews.Contact.MASKED, fields)).toList();
        return Response.ok(body)
                .header("X-Total-Count", page.total())
                .header("X-Result-Count", body.size())
                .build();
    }

    @PATCH
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Transactional
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a trouble ticket (JSON merge-patch)",
            description = "Changeable: name, description, severity, priority, ticketType, serviceType, customerTier, "
                    + "faultScope, locality, areaCode, requestedResolutionDate, customerContact, status (with "
                    + "statusChangeReason, resolutionCode); note entries are appended.")
    public TroubleTicketView patch(@PathParam("id") String id, String body) {
        JsonNode patch = parsePatch(body);
        return change(id, current -> merged(current, patch));
    }

    @PATCH
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Transactional
    @Path("{id}")
    @Consumes(JSON_PATCH)
    @Operation(summary = "Change a trouble ticket (JSON Patch, RFC 6902)",
            description = "add, remove, replace, move, copy and test on the fields the merge-patch may change "
                    + "(e.g. {\"op\": \"replace\", \"path\": \"/status\", \"value\": \"inProgress\"}); a note is "
                    + "appended with {\"op\": \"add\", \"path\": \"/note/-\", \"value\": {...}}. A failed test is a 409 "
                    + "and changes nothing.")
    public TroubleTicketView jsonPatch(@PathParam("id") String id, String body) {
        JsonPatch patch = JsonPatches.parse(body, READ_ONLY);
        return change(id, current -> patched(current, patch));
    }

    /** One change of a ticket in the caller's scope: the request's new state, from the ticket as it is now. */
    private TroubleTicketView change(String id, Function<Ticket, PatchTroubleTicketRequest> newState) {
        String by = caller.name();
        TicketScope scope = scope();
        Ticket ticket = tickets.edit(id, current -> {
            if (!scope.admits(current)) {
                throw new TicketNotFoundException(id);
            }
            return newState.apply(current).toEdit(by);
        }, by);
        return views.view(ticket, shownTo(ticket.id, ContactReads.Purpose.TICKET_CHANGE));
    }

    private TicketScope scope() {
        return callerScope.current();
    }

    private static String describe(Set<String> channels) {
        return channels.isEmpty() ? "no channel (your token has no '" + Roles.CHANNEL_CLAIM + "' claim)"
                : "channel " + String.join(", ", new TreeSet<>(channels));
    }

    /** The contact in full for an agent (and the read recorded), masked for everyone else. */
    private TicketViews.Contact shownTo(String ticketId, ContactReads.Purpose purpose) {
        if (!caller.hasRole(Roles.AGENT)) {
            return TicketViews.Contact.MASKED;
        }
        contactReads.record(ticketId, caller.name(), purpose);
        return TicketViews.Contact.IN_FULL;
    }

    private JsonNode parsePatch(String body) {
        JsonNode patch;
        try {
            patch = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "a merge-patch body must be a JSON object");
        }
        Set<String> named = new TreeSet<>();
        patch.fieldNames().forEachRemaining(named::add);
        named.retainAll(READ_ONLY);
        if (!named.isEmpty()) {
            throw new ProblemException(400, "read-only-field", "Read-only field",
                    "these fields cannot be changed: " + String.join(", ", named));
        }
        return patch;
    }

    private PatchTroubleTicketRequest merged(Ticket current, JsonNode patch) {
        PatchTroubleTicketRequest state = PatchTroubleTicketRequest.of(current);
        try {
            patchReader.withValueToUpdate(state).readValue(patch);
        } catch (IOException e) {
            throw new InvalidPatchException(e);
        }
        return valid(state);
    }

    /** The changeable fields as JSON (notes: none yet, so that {@code add /note/-} appends), patched, read back. */
    private PatchTroubleTicketRequest patched(Ticket current, JsonPatch patch) {
        PatchTroubleTicketRequest state;
        try {
            String before = mapper.writeValueAsString(PatchTroubleTicketRequest.of(current));
            state = patchReader.forType(PatchTroubleTicketRequest.class).readValue(JsonPatches.apply(patch, before));
        } catch (IOException e) {
            throw new InvalidPatchException(e);
        }
        return valid(state);
    }

    private PatchTroubleTicketRequest valid(PatchTroubleTicketRequest state) {
        Set<ConstraintViolation<PatchTroubleTicketRequest>> violations = validator.validate(state);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return state;
    }

    private NewTicket toNewTicket(CreateTroubleTicketRequest body, String actor) {
        ContactRequest contact = body.customerContact();
        String name = body.name() != null && !body.name().isBlank() ? body.name() : titleFrom(body.description());
        List<NewNote> notes = body.note() == null ? List.of()
                : body.note().stream().map(note -> note.toNewNote(actor))
                        .toList();
        TicketClassification classification = new TicketClassification(body.ticketType(), body.serviceType(),
                body.customerTier(), body.severity(),
                body.priority() != null ? body.priority() : CreateTroubleTicketRequest.DEFAULT_PRIORITY,
                body.faultScope() != null ? body.faultScope() : FaultScope.WITHIN_CITY,
                body.locality() != null ? body.locality() : Locality.URBAN, body.areaCode());
        return new NewTicket(name, body.description(), classification, body.channel(), body.externalIdentifier(),
                body.requestedResolutionDate(),
                new CustomerContact(contact.name(), contact.phone(), contact.email(), contact.address(),
                        contact.language() != null ? contact.language() : ContactLanguage.ZH_CN),
                views.relatedPartyJson(body.relatedParty()), notes);
    }

    /** The ticket's title when the call centre gives none: the description's first line, cut to 80 characters. */
    static String titleFrom(String description) {
        String firstLine = description.strip().lines().findFirst().orElse("");
        return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 79) + "…";
    }

    /** Identifies a create request by content, so a retry is told from a different request under the same key. */
    private String fingerprint(CreateTroubleTicketRequest body) {
        try {
            byte[] canonical = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
