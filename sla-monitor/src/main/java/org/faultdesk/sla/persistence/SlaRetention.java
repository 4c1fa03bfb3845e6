package org.faultdesk.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.faultdesk.support.retention.Prunable;
import org.faultdesk.support.retention.RetentionRules;

/** What sla-monitor may lose with age: fault openings, read only within the major-incident window (service-support's Retention prunes them beyond faultdesk.retention.horizon). */
@ApplicationScoped
public class SlaRetention implements RetentionRules {

    @Override
    public List<Prunable> prunable() {
        return List.of(Prunable.olderThan("fault_opening", "opened_at"));
    }
}
