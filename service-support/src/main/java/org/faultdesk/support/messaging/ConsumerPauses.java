package org.faultdesk.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The consumers waiting for a transient failure to pass (the database, a downstream service):
 * while one waits, its topic's records stay where they are and readiness is DOWN, naming the
 * event and the reason; it is UP again as soon as the record went through.
 */
@ApplicationScoped
public class ConsumerPauses {

    private final Map<String, String> paused = new ConcurrentHashMap<>();

    void paused(String event, String reason) {
        paused.put(event, reason == null ? "unknown" : reason);
    }

    void resumed(String event) {
        paused.remove(event);
    }

    public boolean isPaused(String event) {
        return paused.containsKey(event);
    }

    /** The paused consumers' events and reasons, now. */
    public Map<String, String> now() {
        return Map.copyOf(paused);
    }

    /** Readiness: DOWN while a consumer waits, with the event and the reason. */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {

        @Inject
        ConsumerPauses pauses;

        @Override
        public HealthCheckResponse call() {
            // Through a method: a field read on the injected client proxy would not reach the bean.
            Map<String, String> paused = pauses.now();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").status(paused.isEmpty());
            paused.forEach((event, reason) -> response.withData(event, "paused, retrying: " + reason));
            return response.build();
        }
    }
}
