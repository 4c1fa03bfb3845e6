package org.faultdesk.support.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Refuses a URL with a control character in its path or query (raw or percent-encoded: NUL, line
 * breaks, escape…) with a 400 problem+json before any resource sees it. None of our identifiers or
 * filters can contain one, and PostgreSQL refuses a NUL in text: let through, it surfaced as a 500.
 */
@ApplicationScoped
public class ControlCharacterGuard {

    private static final Pattern CONTROL = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])|[\\x00-\\x1f\\x7f]");

    void route(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (CONTROL.matcher(context.request().uri()).find()) {
                Problem problem = Problem.of(400, "control-characters", "Control characters in the URL",
                        "the path or query contains a control character (such as NUL or a line break); none is allowed")
                        .withInstance(CONTROL.matcher(context.request().path()).replaceAll("?"));
                context.response().setStatusCode(400)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
