package org.faultdesk.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.faultdesk.notification.domain.Directory;
import org.faultdesk.notification.domain.Escalation;
import org.faultdesk.notification.domain.Notice;
import org.faultdesk.notification.domain.OnCall;
import org.faultdesk.notification.domain.Person;
import org.jboss.logging.Logger;

/**
 * Alerts whoever is on call for an escalation now, and the live feed; used for the first alert
 * and for each repetition, so a repetition reaches the person on call at that moment.
 */
@ApplicationScoped
public class EscalationAlerts {

    private static final Logger LOG = Logger.getLogger(EscalationAlerts.class);

    @Inject
    Directory directory;

    @Inject
    DeliveryQueue queue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void alert(Escalation escalation, int repeatNo) {
        Map<String, String> params = new HashMap<>(queue.read(escalation.params));
        params.put("repeat", Integer.toString(repeatNo));
        Optional<OnCall> onCall = directory.onCallNow(escalation.targetRole, escalation.areaCode, null);
        onCall.ifPresentOrElse(found -> {
            if (found.fellBack()) {
                LOG.infof("ticket %s: no %s on call in %s, alerting %s %s instead", escalation.ticketId,
                        found.asked(), escalation.areaCode, found.holding(), found.personId());
            }
            Person person = Person.findById(found.personId());
            queue.toPerson(escalation.eventId, escalation.ticketId, Notice.ESCALATION, repeatNo, person, params);
        }, () -> LOG.errorf("ticket %s: nobody on call for %s in %s or above; only the live feed is told",
                escalation.ticketId, escalation.targetRole, escalation.areaCode));
        queue.toFeed(escalation.eventId, escalation.ticketId, Notice.ESCALATION, repeatNo, params);
    }
}
