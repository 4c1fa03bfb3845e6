package org.faultdesk.notification.domain;

import org.faultdesk.events.EscalationRole;

/**
 * The answer of the roster: who is to be told.
 *
 * @param personId  the person on call
 * @param asked     the role the event asked for
 * @param holding   the role the person holds; higher than {@code asked} after a fallback
 */
public record OnCall(String personId, EscalationRole asked, EscalationRole holding) {

    public boolean fellBack() {
        return asked != holding;
    }
}
