package org.faultdesk.ticket.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.faultdesk.support.problem.Problem;
import org.faultdesk.support.problem.ProblemMappers;
import org.faultdesk.ticket.domain.IdempotencyConflictException;
import org.faultdesk.ticket.domain.IllegalTransitionException;
import org.faultdesk.ticket.domain.TicketNotFoundException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The ticket domain's refusals as problem+json: 404 unknown ticket, 409 illegal transition, 422 conflict. */
public class TicketProblems {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper
    public Response notFound(TicketNotFoundException e, UriInfo uri) {
        return Problem.of(404, "ticket-not-found", "Trouble ticket not found", e.getMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return Problem.of(409, "illegal-transition", "Illegal status transition", e.getMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response idempotencyConflict(IdempotencyConflictException e, UriInfo uri) {
        return Problem.of(422, "idempotency-conflict", "Idempotency conflict", e.getMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    /** A merge-patch that does not fit the ticket: answered exactly like a bad create body. */
    @ServerExceptionMapper
    public Response invalidPatch(InvalidPatchException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatch) {
            return shared.badValue(mismatch, uri);
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            return shared.badObject(instantiation, uri);
        }
        if (cause instanceof JsonParseException parse) {
            return shared.malformedJson(parse, uri);
        }
        return Problem.of(400, "invalid-field", "Invalid field", cause.getMessage()).withInstance(uri.getPath()).toResponse();
    }
}
