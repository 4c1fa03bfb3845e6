package org.faultdesk.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.faultdesk.support.retention.Prunable;
import org.faultdesk.support.retention.RetentionRules;

/** What notification-service may lose with age: the log of finished deliveries (never one still to be sent) (service-support's Retention prunes them beyond faultdesk.retention.horizon). */
@ApplicationScoped
public class NotificationRetention implements RetentionRules {

    @Override
    public List<Prunable> prunable() {
        return List.of(Prunable.olderThan("delivery", "created_at").when("status in ('SENT', 'FAILED', 'SKIPPED', 'WITHDRAWN')"));
    }
}
