package org.faultdesk.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One Prometheus registry per service, served at {@code /q/metrics} like the Quarkus extension
 * would (the extension is missing from our package mirror, see docs/adr/0002). Every meter carries
 * the tag {@code service}.
 */
@ApplicationScoped
public class PrometheusMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private JvmGcMetrics gcMetrics;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Produces
    @Singleton
    MeterRegistry meterRegistry() {
        registry.config().commonTags("service", serviceName);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
        return registry;
    }

    void route(@Observes Router router) {
        // Blocking: some gauges read the database (the outbox backlog), which the event loop must not.
        router.get("/q/metrics").blockingHandler(context -> context.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .end(registry.scrape()));
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (gcMetrics != null) {
            gcMetrics.close();
        }
        registry.close();
    }
}
