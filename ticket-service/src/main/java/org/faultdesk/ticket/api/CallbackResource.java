package org.faultdesk.ticket.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Caller;
import org.faultdesk.support.security.Roles;
import org.faultdesk.ticket.app.Callbacks;
import org.faultdesk.ticket.domain.CallbackTask;

/**
 * The customer-service centre's callbacks (回访): the queue of those to make, each call recorded,
 * and the month's figures. Within the caller's scope, as tickets are.
 */
@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private static final int MAX_LIMIT = 200;

    @Inject
    Callbacks callbacks;

    @Inject
    CallerScope scope;

    @Inject
    Caller caller;

    @ConfigProperty(name = "faultdesk.ticket.id-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    /** The ticket's callback after a call. */
    public record CallbackView(String ticketId, CallbackTask.State state, int failedAttempts,
                               CallbackTask.Satisfaction satisfaction) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The callbacks to make", description = "Open callbacks within the caller's scope, oldest "
            + "first, with the failed calls so far and the last one.")
    public List<Callbacks.Waiting> queue(@QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ProblemException(400, "invalid-parameter", "Invalid query parameter",
                    "'limit' must be 1 to " + MAX_LIMIT + ", got " + size);
        }
        return callbacks.queue(scope.current(), size);
    }

    @POST
    @Path("{ticketId}/attempts")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a callback call",
            description = "Reached (with the customer's answer) closes the ticket; the third failed call closes it as "
                    + "unreachable. 409 when the ticket has no open callback; a retry with the same Idempotency-Key "
                    + "counts once.")
    public CallbackView call(@PathParam("ticketId") String ticketId, @Valid CallbackCallRequest body,
                             @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "the request body must be a call as a JSON object: {\"reached\": true|false, \"satisfaction\": …}");
        }
        if (body.reached() != (body.satisfaction() != null)) {
            throw new ProblemException(400, "invalid-callback", "Invalid callback call", body.reached()
                    ? "a customer reached gives an answer: 'satisfaction' is 'satisfied' or 'unsatisfied'"
                    : "a customer not reached gives no answer: leave out 'satisfaction'");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank()
                || idempotencyKey.length() > TroubleTicketResource.MAX_KEY_LENGTH)) {
            throw new ProblemException(400, "invalid-header", "Invalid header",
                    "header 'Idempotency-Key' must be 1 to " + TroubleTicketResource.MAX_KEY_LENGTH + " characters");
        }
        CallbackTask.Satisfaction answer = body.satisfaction() == null ? null
                : CallbackTask.Satisfaction.valueOf(body.satisfaction().toUpperCase(Locale.ROOT));
        CallbackTask task = callbacks.call(ticketId, scope.current(),
                new Callbacks.Call(body.reached(), answer, body.remark()), caller.name(), idempotencyKey);
        return new CallbackView(ticketId, task.state, task.attempts, task.satisfaction);
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The month's callbacks", description = "Callbacks opened in the month (YYYY-MM, in the "
            + "service's zone) within the caller's scope: opened, open, reached, satisfied, unsatisfied, unreachable, "
            + "cancelled, with reach and satisfaction rates, in all and by channel and by area.")
    public Callbacks.Report report(@QueryParam("month") String month) {
        if (month == null || month.isBlank()) {
            throw new ProblemException(400, "missing-parameter", "Missing query parameter",
                    "query parameter 'month' is required (such as 2026-11)");
        }
        try {
            return callbacks.report(YearMonth.parse(month), zone, scope.current());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "invalid-parameter", "Invalid query parameter",
                    "query parameter 'month' must be a month such as 2026-11, got '" + month + "'");
        }
    }
}
