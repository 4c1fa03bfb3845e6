package org.faultdesk.ticket.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.support.worker.BackgroundWorkers;
import org.faultdesk.support.worker.WorkerSpec;
import org.jboss.logging.Logger;

/**
 * A ticket closed, cancelled or rejected longer than {@code faultdesk.privacy.contact-horizon}
 * (default 180 days) loses its customer's contact (PIPL: personal data no longer than needed): name
 * and phone become "(anonymised)", e-mail and address go. The ticket itself, its history and the
 * record of who read the contact stay. Hourly, in batches of short transactions.
 */
@ApplicationScoped
public class ContactAnonymisation {

    private static final Logger LOG = Logger.getLogger(ContactAnonymisation.class);
    private static final WorkerSpec WORKER = WorkerSpec.of("contact-anonymisation", Duration.ofHours(1), Duration.ofMinutes(10));
    static final String ANONYMISED = "(anonymised)";
    private static final int BATCH = 1000;

    @ConfigProperty(name = "faultdesk.privacy.contact-horizon", defaultValue = "P180D")
    Duration horizon;

    @Inject
    EntityManager entityManager;

    @Inject
    BackgroundWorkers workers;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    void start(@Observes StartupEvent startup) {
        workers.start(WORKER, () -> {
            anonymiseEndedBefore(clock.instant().minus(horizon));
            return false;
        });
    }

    /** Anonymises the contacts of tickets that ended before {@code cutoff}; returns how many. */
    public int anonymiseEndedBefore(Instant cutoff) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            update ticket set customer_name = :anonymised, customer_phone = :anonymised,
                                   customer_email = null, customer_address = null, contact_anonymised_at = :now
                             where id in (select id from ticket
                                           where contact_anonymised_at is null
                                             and status in ('CLOSED', 'CANCELLED', 'REJECTED')
                                             and status_change_date < :cutoff
                                           limit :batch)""")
                    .setParameter("anonymised", ANONYMISED)
                    .setParameter("now", clock.instant())
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            registry.counter("faultdesk.privacy.contacts.anonymised").increment(total);
            LOG.infof("privacy: the customer contacts of %d ticket(s) ended before %s anonymised", total, cutoff);
        }
        return total;
    }
}
