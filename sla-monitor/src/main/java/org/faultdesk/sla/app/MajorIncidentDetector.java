package org.faultdesk.sla.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.MajorIncidentSuspected;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.sla.persistence.IncidentStore.FaultOpening;
import org.faultdesk.sla.persistence.IncidentStore;
import org.faultdesk.support.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * 升级报备: when {@code threshold} fault tickets of one service type open in one area within
 * {@code window}, the control centre hears of one suspected major incident. Later tickets within
 * the window of the incident's last ticket belong to the same incident and raise nothing new.
 */
@ApplicationScoped
public class MajorIncidentDetector {

    private static final Logger LOG = Logger.getLogger(MajorIncidentDetector.class);

    @Inject
    IncidentStore store;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "faultdesk.sla.major-incident.threshold", defaultValue = "5")
    int threshold;

    @ConfigProperty(name = "faultdesk.sla.major-incident.window", defaultValue = "PT30M")
    Duration window;

    @Transactional(Transactional.TxType.MANDATORY)
    public void faultOpened(TicketOpened event, Instant restoreDeadline) {
        String serviceType = event.classification().serviceType().name();
        String area = event.classification().areaCode();
        store.lockArea(serviceType, area);
        store.recordOpening(event);
        Instant since = event.openedAt().minus(window);
        if (store.joinRecentIncident(serviceType, area, event.openedAt(), since)) {
            LOG.infof("ticket %s joins the suspected major incident of %s in %s", event.ticketId(), serviceType, area);
            return;
        }
        List<FaultOpening> recent = store.openings(serviceType, area, since, event.openedAt());
        if (recent.size() < threshold) {
            return;
        }
        String incidentId = "MI-" + UUID.randomUUID();
        Instant windowStart = recent.get(0).openedAt();
        store.createIncident(incidentId, serviceType, area, windowStart, event.openedAt(), recent.size());
        Instant earliestDeadline = recent.stream().map(FaultOpening::restoreDeadline).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(restoreDeadline);
        outbox.publish(new MajorIncidentSuspected(UUID.randomUUID(), clock.instant(), event.ticketId(),
                MajorIncidentSuspected.SCHEMA_VERSION, incidentId, event.classification().serviceType(), area,
                mostCommonTitle(recent), recent.stream().map(FaultOpening::ticketId).toList(), windowStart,
                event.openedAt(), earliestDeadline));
        LOG.warnf("ticket %s: suspected major incident %s, %d %s faults in %s", event.ticketId(), incidentId,
                recent.size(), serviceType, area);
    }

    private static String mostCommonTitle(List<FaultOpening> openings) {
        Map<String, Long> counts = openings.stream().map(FaultOpening::title)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
