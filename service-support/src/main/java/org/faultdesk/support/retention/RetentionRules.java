package org.faultdesk.support.retention;

import java.util.List;

/** What a service's own tables may lose with age; one bean per service (the idempotency log is service-support's). */
public interface RetentionRules {

    List<Prunable> prunable();
}
