package org.faultdesk.platform.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * The demo's supervisors, at the end of a run: they acknowledge the escalations of this run's
 * tickets, as a supervisor taking them in hand would, so the escalation log the demo leaves behind
 * reads as handled. (Cancelling the run's open tickets already stops notification-service from
 * repeating their critical escalations.)
 */
final class Supervisors {

    /** The area manager of the demo directory (notification-service's demo migration) takes them in hand. */
    static final String ACKNOWLEDGED_BY = "P-GZ-AM-01";

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
                Http.Reply ack = http.post(notificationUrl + "/api/v1/escalations/" + escalation.path("id").asText()
                        + "/acknowledgement", Map.of("acknowledgedBy", ACKNOWLEDGED_BY), Map.of());
                if (ack.ok()) {
                    acknowledged++;
                }
            }
        }
        return acknowledged;
    }
}
