package org.faultdesk.ticket.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.faultdesk.support.retention.Prunable;
import org.faultdesk.support.retention.RetentionRules;

/** What ticket-service may lose with age: the create-request idempotency claims, whose retries stopped long ago (service-support's Retention prunes them beyond faultdesk.retention.horizon). */
@ApplicationScoped
public class TicketRetention implements RetentionRules {

    @Override
    public List<Prunable> prunable() {
        return List.of(Prunable.olderThan("ticket_create_claim", "claimed_at"));
    }
}
