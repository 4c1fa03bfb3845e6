package org.faultdesk.dispatch.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.faultdesk.dispatch.domain.WorkOrderRuleViolation;
import org.faultdesk.support.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A field rule's refusal is a conflict with the work order's state: 409 with the rule's reason. */
public class WorkOrderRuleMapper {

    @ServerExceptionMapper
    public Response refused(WorkOrderRuleViolation e, UriInfo uri) {
        return Problem.of(409, e.slug(), e.title(), e.getMessage()).withInstance(uri.getPath()).toResponse();
    }
}
