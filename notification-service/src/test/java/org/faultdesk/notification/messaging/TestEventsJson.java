package org.faultdesk.notification.messaging;

import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.notification.TestEvents;

/** Hand-broken JSON for the poison-message tests. */
final class TestEventsJson {

    private TestEventsJson() {
    }

    static String escalatedWithUnknownRole(String ticketId) {
        String json = EventJson.write(TestEvents.escalated(ticketId, "GZ-TIANHE-03", EscalationRole.DUTY_MANAGER, false));
        return json.replace("\"DUTY_MANAGER\"", "\"JANITOR\"");
    }
}
