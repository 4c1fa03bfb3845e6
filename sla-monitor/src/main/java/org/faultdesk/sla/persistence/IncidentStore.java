package org.faultdesk.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.TicketOpened;

/** The fault openings and suspected major incidents, per service type and area. */
@ApplicationScoped
public class IncidentStore {

    /** A fault ticket opened in the window, with its clock's restore deadline if known. */
    public record FaultOpening(String ticketId, String title, Instant openedAt, Instant restoreDeadline) {
    }

    @Inject
    EntityManager entityManager;

    /** One decision at a time per service type and area, across instances, until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockArea(String serviceType, String area) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "major-incident/" + serviceType + "/" + area)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOpening(TicketOpened event) {
        entityManager.createNativeQuery("""
                        insert into fault_opening (ticket_id, service_type, area_code, opened_at, title)
                        values (:id, :service, :area, :opened, :title) on conflict do nothing""")
                .setParameter("id", event.ticketId())
                .setParameter("service", event.classification().serviceType().name())
                .setParameter("area", event.classification().areaCode())
                .setParameter("opened", Timestamp.from(event.openedAt()))
                .setParameter("title", event.title())
                .executeUpdate();
    }

    /** Counts the opening into an incident of the area whose last ticket is recent enough; false when none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean joinRecentIncident(String serviceType, String area, Instant openedAt, Instant since) {
        return entityManager.createNativeQuery("""
                        update major_incident set ticket_count = ticket_count + 1,
                            last_opened_at = greatest(last_opened_at, :opened)
                        where service_type = :service and area_code = :area and last_opened_at >= :since""")
                .setParameter("opened", Timestamp.from(openedAt))
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("since", Timestamp.from(since))
                .executeUpdate() > 0;
    }

    /** The fault openings of the area between {@code since} and {@code until}, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<FaultOpening> openings(String serviceType, String area, Instant since, Instant until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select f.ticket_id, f.title, f.opened_at, c.restore_deadline from fault_opening f
                        left join sla_clock c on c.ticket_id = f.ticket_id and c.clock = 'restore'
                        where f.service_type = :service and f.area_code = :area
                          and f.opened_at >= :since and f.opened_at <= :until
                        order by f.opened_at, f.ticket_id""")
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("since", Timestamp.from(since))
                .setParameter("until", Timestamp.from(until))
                .getResultList();
        return rows.stream().map(r -> new FaultOpening((String) r[0], (String) r[1], ClockStore.instant(r[2]),
                r[3] == null ? null : ClockStore.instant(r[3]))).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void createIncident(String incidentId, String serviceType, String area, Instant windowStart,
                               Instant lastOpenedAt, int ticketCount) {
        entityManager.createNativeQuery("""
                        insert into major_incident (incident_id, service_type, area_code, window_start, last_opened_at, ticket_count)
                        values (:id, :service, :area, :start, :last, :count)""")
                .setParameter("id", incidentId)
                .setParameter("service", serviceType)
                .setParameter("area", area)
                .setParameter("start", Timestamp.from(windowStart))
                .setParameter("last", Timestamp.from(lastOpenedAt))
                .setParameter("count", ticketCount)
                .executeUpdate();
    }
}
