package org.faultdesk.ticket.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The record of every read of a customer's contact in full: who read it, for what, when (table
 * {@code contact_read}). Written in the reading request's transaction, or one of its own for a read.
 */
@ApplicationScoped
public class ContactReads {

    private static final Logger LOG = Logger.getLogger(ContactReads.class);

    /** Why a contact was shown in full. */
    public enum Purpose {
        TICKET_VIEW("ticket-view"), TICKET_CHANGE("ticket-change"), CUSTOMER_CONTACT("customer-contact");

        final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public void record(String ticketId, String reader, Purpose purpose) {
        Instant now = clock.instant();
        entityManager.createNativeQuery("insert into contact_read (ticket_id, reader, purpose, read_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, ticketId)
                .setParameter(2, reader)
                .setParameter(3, purpose.label)
                .setParameter(4, now)
                .executeUpdate();
        LOG.infof("ticket %s: customer contact read in full by %s (%s)", ticketId, reader, purpose.label);
    }

    /** Who read the contact of {@code ticketId}, oldest first: "reader purpose". */
    @SuppressWarnings("unchecked")
    public List<String> of(String ticketId) {
        return entityManager.createNativeQuery(
                        "select reader || ' ' || purpose from contact_read where ticket_id = ?1 order by read_at, id")
                .setParameter(1, ticketId)
                .getResultList();
    }
}
