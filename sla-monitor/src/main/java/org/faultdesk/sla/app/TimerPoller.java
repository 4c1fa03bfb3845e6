package org.faultdesk.sla.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.sla.persistence.ClockRow;
import org.faultdesk.sla.persistence.ClockStore;
import org.faultdesk.sla.persistence.TimerPlan;

/**
 * Takes the clocks whose next escalation stage is due and fires it: the events go to the outbox
 * and the stage is marked fired in one transaction. Rows are taken with {@code FOR UPDATE SKIP
 * LOCKED}, so any number of pollers (threads or service instances) share the work and a stage
 * fires once. Stages that fell due while the service was down are simply due at the first poll.
 */
@Dependent
public class TimerPoller {

    @Inject
    ClockStore store;

    @Inject
    ClockKeeper keeper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "faultdesk.sla.poller.batch-size", defaultValue = "500")
    int batchSize;

    /** One batch in one transaction; returns how many clocks it took (a full batch means: poll again now). */
    public int pollOnce() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ClockRow> due = store.lockDue(now, batchSize);
            List<TimerPlan> plans = new ArrayList<>(due.size());
            for (ClockRow row : due) {
                plans.add(keeper.fireDue(row, now));
            }
            store.applyAll(plans);
            return due.size();
        });
    }

    public int batchSize() {
        return batchSize;
    }
}
