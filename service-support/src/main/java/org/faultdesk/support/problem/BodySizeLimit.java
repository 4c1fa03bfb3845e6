package org.faultdesk.support.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body over {@code faultdesk.http.max-body-size} with a 413 problem+json before
 * it is read. (Vert.x's own limit, {@code quarkus.http.limits.max-body-size}, stays as a backstop
 * for chunked bodies but answers without a body.)
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "faultdesk.http.max-body-size", defaultValue = "64K")
    MemorySize limit;

    void route(@Observes Router router) {
        long maxBytes = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
                Problem problem = Problem.of(413, "body-too-large", "Request body too large",
                        "the body has " + length + " bytes; the limit is " + maxBytes + " bytes")
                        .withInstance(context.request().path());
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
