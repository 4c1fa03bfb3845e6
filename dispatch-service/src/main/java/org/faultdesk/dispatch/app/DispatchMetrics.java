package org.faultdesk.dispatch.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.faultdesk.dispatch.persistence.WorkOrderStore;

/** What a dispatcher watches: work orders waiting for a technician, and those held in the field. */
@ApplicationScoped
public class DispatchMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    WorkOrderStore workOrders;

    void register(@Observes StartupEvent startup) {
        Gauge.builder("faultdesk.dispatch.work.orders.waiting", () -> read(workOrders::countWaiting))
                .description("work orders in the queue, no technician holds them")
                .register(registry);
        Gauge.builder("faultdesk.dispatch.work.orders.held", () -> read(workOrders::countHeld))
                .description("work orders held by a technician, from assignment to completion")
                .register(registry);
    }

    /** A count read when Prometheus scrapes; unknown (NaN) while the database is away. */
    private static double read(Supplier<Long> count) {
        try {
            return QuarkusTransaction.requiringNew().call(count::get).doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
