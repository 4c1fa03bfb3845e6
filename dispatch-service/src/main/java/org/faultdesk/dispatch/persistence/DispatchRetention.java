package org.faultdesk.dispatch.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.faultdesk.support.retention.Prunable;
import org.faultdesk.support.retention.RetentionRules;

/** What dispatch may lose with age: facts kept for openings that never came (service-support's Retention prunes them beyond faultdesk.retention.horizon). */
@ApplicationScoped
public class DispatchRetention implements RetentionRules {

    @Override
    public List<Prunable> prunable() {
        return List.of(Prunable.olderThan("early_ticket_facts", "recorded_at"));
    }
}
