package org.faultdesk.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.faultdesk.support.messaging.FailureKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json, and a client's mistake into a 4xx that names the field:
 * never a 5xx for bad input.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.problem().withInstance(uri.getPath()).toResponse();
    }

    /**
     * No token, an expired one or one from another issuer: 401 with the bearer challenge. Reached
     * because authentication is not proactive (service-support's config): the endpoint's own rule
     * decides, and the answer is a problem like every other.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "this needs a valid bearer token from the platform's identity provider")
                .withInstance(uri.getPath()).toResponse())
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /** A valid token without a role this endpoint admits. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "forbidden", "Forbidden", "the caller's roles do not allow this")
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return Problem.of(400, "malformed-json", "Malformed JSON",
                        "the request body is not valid JSON: " + e.getOriginalMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response badValue(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            message = "unknown value '" + invalid.getValue() + "'; allowed: " + allowedValues(invalid.getTargetType());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else {
            message = "invalid value: " + e.getOriginalMessage();
        }
        return Problem.of(400, "invalid-field", "Invalid field", "field '" + field + "': " + message)
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response badObject(ValueInstantiationException e, UriInfo uri) {
        String field = fieldPath(e);
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
        return Problem.of(400, "invalid-field", "Invalid field", message)
                .withErrors(List.of(new Problem.FieldError(field, message)))
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(leafPath(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return Problem.of(400, "validation-failed", "Validation failed", detail)
                .withErrors(errors).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST's JSON reader wraps a broken document (e.g. truncated) in a plain 400.
        if (e.getCause() instanceof JsonParseException broken) {
            return malformedJson(broken, uri);
        }
        if (e.getCause() instanceof JsonProcessingException other && !(other instanceof JsonMappingException)) {
            return Problem.of(400, "malformed-json", "Malformed JSON",
                    "the request body is not valid JSON: " + other.getOriginalMessage()).withInstance(uri.getPath()).toResponse();
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Problem.of(status, slug, title, e.getMessage()).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (FailureKind.of(e) == FailureKind.TRANSIENT) {
            // The database (or a service we depend on) is away: the same request will work later.
            LOG.warnf("%s: not handled, a part the service needs is unavailable: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(Problem.of(503, "temporarily-unavailable", "Temporarily unavailable",
                            "the service cannot reach a part it needs (its database); send the request again,"
                                    + " with the same Idempotency-Key where it has one").withInstance(uri.getPath()).toResponse())
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return Problem.of(500, "internal-error", "Internal error",
                "the service failed to handle the request; it has been logged").withInstance(uri.getPath()).toResponse();
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(body)" : path;
    }

    private static String leafPath(ConstraintViolation<?> violation) {
        // A method's parameter: "create.arg0.description" → "description", "create.idempotencyKey"
        // → "idempotencyKey": the client knows its fields and parameters, not our method names.
        // A validated bean's own path ("customerContact.phone") is already the client's.
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (nodes.size() >= 2 && nodes.get(0).getKind() == ElementKind.METHOD) {
            List<Path.Node> rest = nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes.subList(1, 2);
            return rest.stream().map(Path.Node::toString).collect(Collectors.joining("."));
        }
        return violation.getPropertyPath().toString();
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> org.faultdesk.events.EventJson.mapper().convertValue(constant, String.class))
                .collect(Collectors.joining(", "));
    }
}
