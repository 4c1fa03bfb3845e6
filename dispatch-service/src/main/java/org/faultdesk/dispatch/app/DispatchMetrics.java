package org.faultdesk.dispatch.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What a dispatcher watches: work orders waiting for a technician, and those held in the field. */
@ApplicationScoped
public class DispatchMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    void register(@Observes StartupEvent startup) {
        Gauge.builder("faultdesk.dispatch.work.orders.waiting", this, m -> m.count("status = 'WAITING'"))
                .description("work orders in the queue, no technician holds them")
                .register(registry);
        Gauge.builder("faultdesk.dispatch.work.orders.held", this,
                        m -> m.count("status not in ('WAITING', 'COMPLETED', 'CANCELLED')"))
                .description("work orders held by a technician, from assignment to completion")
                .register(registry);
    }

    private double count(String condition) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from work_order where " + condition)
                    .getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
