package org.faultdesk.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.notification.domain.Directory;
import org.faultdesk.notification.domain.OnCall;
import org.faultdesk.notification.domain.OnCallShift;
import org.faultdesk.notification.domain.Person;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/** The directory: people with their channels, the on-call roster, and who is on call for a role. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @GET
    @Path("/people")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<PersonView> people() {
        return Person.<Person>listAll().stream().map(PersonView::of).toList();
    }

    @GET
    @Path("/people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public PersonView person(@PathParam("id") String id) {
        return PersonView.of(findPerson(id));
    }

    /** Creates or replaces a person. */
    @PUT
    @Path("/people/{id}")
    @RolesAllowed({Roles.ADMIN})
    @Transactional
    public PersonView putPerson(@PathParam("id") String id, @Valid @NotNull PersonView body) {
        if (!id.equals(body.id())) {
            throw new ProblemException(422, "id-mismatch", "Id mismatch", "the body's id must be " + id);
        }
        if (blank(body.email()) && blank(body.phone())) {
            throw new ProblemException(422, "no-channel", "No channel", "a person needs an e-mail or a phone");
        }
        Person person = Person.findById(id);
        boolean created = person == null;
        if (created) {
            person = new Person();
            person.id = id;
            person.createdAt = clock.instant();
        }
        person.name = body.name();
        person.email = blank(body.email()) ? null : body.email();
        person.phone = blank(body.phone()) ? null : body.phone();
        person.language = body.language() == null ? "zh-CN" : body.language();
        if (created) {
            person.persist();
        }
        return PersonView.of(person);
    }

    @GET
    @Path("/on-call-shifts")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISPATCHER, Roles.OPS, Roles.ADMIN})
    public List<ShiftView> shifts(@QueryParam("areaCode") String areaCode, @QueryParam("role") EscalationRole role) {
        return OnCallShift.<OnCallShift>listAll().stream()
                .filter(s -> areaCode == null || s.areaCode.equals(areaCode))
                .filter(s -> role == null || s.role == role)
                .map(ShiftView::of)
                .toList();
    }

    @POST
    @Path("/on-call-shifts")
    @RolesAllowed({Roles.ADMIN})
    @Transactional
    public Response addShift(@Valid @NotNull ShiftView body) {
        findPerson(body.personId());
        if (body.validFrom() != null && body.validUntil() != null && body.validUntil().isBefore(body.validFrom())) {
            throw new ProblemException(422, "invalid-dates", "Invalid dates", "validUntil is before validFrom");
        }
        OnCallShift shift = new OnCallShift();
        shift.personId = body.personId();
        shift.role = body.role();
        shift.areaCode = body.areaCode();
        shift.teamId = body.teamId();
        shift.startsAt = body.startsAt();
        shift.endsAt = body.endsAt();
        shift.validFrom = body.validFrom();
        shift.validUntil = body.validUntil();
        shift.persist();
        return Response.created(URI.create("/api/v1/on-call-shifts/" + shift.id)).entity(ShiftView.of(shift)).build();
    }

    @DELETE
    @Path("/on-call-shifts/{id}")
    @RolesAllowed({Roles.ADMIN})
    @Transactional
    public Response removeShift(@PathParam("id") long id) {
        if (!OnCallShift.deleteById(id)) {
            throw new ProblemException(404, "shift-not-found", "Shift not found", "no on-call shift " + id);
        }
        return Response.noContent().build();
    }

    /** Who would be alerted for {@code role} in {@code areaCode} at {@code at} (default now), after fallback. */
    @GET
    @Path("/on-call")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISPATCHER, Roles.OPS, Roles.ADMIN})
    public OnCall onCall(@QueryParam("role") @NotNull EscalationRole role, @QueryParam("areaCode") @NotBlank String areaCode,
                         @QueryParam("teamId") String teamId, @QueryParam("at") Instant at) {
        return directory.onCallAt(role, areaCode, teamId, at == null ? clock.instant() : at)
                .orElseThrow(() -> new ProblemException(404, "nobody-on-call", "Nobody on call",
                        "no one holds " + role + " or any role above it for " + areaCode));
    }

    private static Person findPerson(String id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw new ProblemException(404, "person-not-found", "Person not found", "no person " + id);
        }
        return person;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
