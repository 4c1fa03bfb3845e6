package org.faultdesk.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.MajorIncidentSuspected;
import org.faultdesk.events.TicketOpened;
import org.faultdesk.sla.persistence.ClockStore;
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
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "faultdesk.sla.major-incident.threshold", defaultValue = "5")
    int threshold;

    @ConfigProperty(name = "faultdesk.sla.major-incident.window", defaultValue = "PT30M")
    Duration window;

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void faultOpened(TicketOpened event, Instant restoreDeadline) {
        String serviceType = event.classification().serviceType().name();
        String area = event.classification().areaCode();
        // One decision at a time per service type and area, across instances.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "major-incident/" + serviceType + "/" + area)
                .getSingleResult();
        entityManager.createNativeQuery("""
                        insert into fault_opening (ticket_id, service_type, area_code, opened_at, title)
                        values (:id, :service, :area, :opened, :title) on conflict do nothing""")
                .setParameter("id", event.ticketId())
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("opened", Timestamp.from(event.openedAt()))
                .setParameter("title", event.title())
                .executeUpdate();
        Instant since = event.openedAt().minus(window);
        int joined = entityManager.createNativeQuery("""
                        update major_incident set ticket_count = ticket_count + 1,
                            last_opened_at = greatest(last_opened_at, :opened)
                        where service_type = :service and area_code = :area and last_opened_at >= :since""")
                .setParameter("opened", Timestamp.from(event.openedAt()))
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("since", Timestamp.from(since))
                .executeUpdate();
        if (joined > 0) {
            LOG.infof("ticket %s joins the suspected major incident of %s in %s", event.ticketId(), serviceType, area);
            return;
        }
        List<Object[]> recent = entityManager.createNativeQuery("""
                        select f.ticket_id, f.title, f.opened_at, c.restore_deadline from fault_opening f
                        left join sla_clock c on c.ticket_id = f.ticket_id
                        where f.service_type = :service and f.area_code = :area
                          and f.opened_at >= :since and f.opened_at <= :opened
                        order by f.opened_at, f.ticket_id""")
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("since", Timestamp.from(since))
                .setParameter("opened", Timestamp.from(event.openedAt()))
                .getResultList();
        if (recent.size() < threshold) {
            return;
        }
        String incidentId = "MI-" + UUID.randomUUID();
        Instant windowStart = ClockStore.instant(recent.get(0)[2]);
        entityManager.createNativeQuery("""
                        insert into major_incident (incident_id, service_type, area_code, window_start, last_opened_at, ticket_count)
                        values (:id, :service, :area, :start, :last, :count)""")
                .setParameter("id", incidentId)
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("start", Timestamp.from(windowStart))
                .setParameter("last", Timestamp.from(event.openedAt()))
                .setParameter("count", recent.size())
                .executeUpdate();
        Instant earliestDeadline = recent.stream().map(r -> r[3]).filter(d -> d != null).map(ClockStore::instant)
                .min(Comparator.naturalOrder()).orElse(restoreDeadline);
        outbox.publish(new MajorIncidentSuspected(UUID.randomUUID(), clock.instant(), event.ticketId(),
                MajorIncidentSuspected.SCHEMA_VERSION, incidentId, event.classification().serviceType(), area,
                mostCommonTitle(recent), recent.stream().map(r -> (String) r[0]).toList(), windowStart,
                event.openedAt(), earliestDeadline));
        LOG.warnf("ticket %s: suspected major incident %s, %d %s faults in %s", event.ticketId(), incidentId,
                recent.size(), serviceType, area);
    }

    private static String mostCommonTitle(List<Object[]> rows) {
        Map<String, Long> counts = rows.stream().map(r -> (String) r[1])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
