package org.faultdesk.support.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every meter of a service carries the tag {@code service}, so one Prometheus can scrape all four
 * and tell them apart. The registry and {@code /q/metrics} come from quarkus-micrometer.
 */
@ApplicationScoped
public class ServiceTag {

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Produces
    @Singleton
    MeterFilter serviceTag() {
        return MeterFilter.commonTags(Tags.of("service", serviceName));
    }
}
