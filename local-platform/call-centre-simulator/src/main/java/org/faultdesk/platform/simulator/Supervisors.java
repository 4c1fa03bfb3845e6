package org.faultdesk.platform.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's supervisors, at the end of a run: they acknowledge the escalations of this run's
 * tickets, each by a supervisor it was routed to (notification-service admits no one else), as a
 * supervisor taking them in hand would, so the escalation log the demo leaves behind reads as
 * handled. (Cancelling the run's open tickets already stops notification-service from repeating
 * their critical escalations.)
 */
final class Supervisors {

    private final Http http;
    private final String notificationUrl;

    Supervisors(Http http, String notificationUrl) {
        this.http = http;
        this.notificationUrl = notificationUrl;
    }

    /** Acknowledges every open escalation of {@code ticketIds}; returns how many. */
    int acknowledgeEscalations(Collection<String> ticketIds) throws IOException {
        int acknowledged = 0;
        for (String ticketId : ticketIds) {
            Http.Reply reply = http.get(notificationUrl + "/api/v1/escalations?ticketId=" + ticketId);
            if (!reply.ok()) {
                continue;
            }
            for (JsonNode escalation : Http.tree(reply)) {
                if (escalation.hasNonNull("acknowledgedAt")) {
                    continue;
                }
                Optional<String> supervisor = routedTo(ticketId, escalation.path("id").asText());
                if (supervisor.isEmpty()) {
                    continue;
                }
                Http.Reply ack = http.as(supervisor.get(), "supervisor").post(notificationUrl + "/api/v1/escalations/"
                        + escalation.path("id").asText() + "/acknowledgement", Map.of(), Map.of());
                if (ack.ok()) {
                    acknowledged++;
                }
            }
        }
        return acknowledged;
    }

    /** A person the escalation's alerts went to, from the delivery log (not the feed, not the customer). */
    private Optional<String> routedTo(String ticketId, String escalationId) throws IOException {
        Http.Reply reply = http.get(notificationUrl + "/api/v1/deliveries?ticketId=" + ticketId);
        if (!reply.ok()) {
            return Optional.empty();
        }
        for (JsonNode delivery : Http.tree(reply)) {
            String recipient = delivery.path("recipient").asText();
            if (escalationId.equals(delivery.path("eventId").asText())
                    && !recipient.equals("supervisors-feed") && !recipient.equals("customer")) {
                return Optional.of(recipient);
            }
        }
        return Optional.empty();
    }
}
