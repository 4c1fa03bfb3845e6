package org.faultdesk.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises ops: liveness, readiness that covers what the service needs to do
 * its job (the database, its event consumers, Kafka unless it can work without it), and Prometheus
 * metrics tagged with the service's name. A service's {@code @QuarkusTest} extends it.
 */
public abstract class ServiceHealthContract {

    protected static final String KAFKA = "Kafka connection health check";
    protected static final String DATABASE = "Database connections health check";
    protected static final String EVENT_CONSUMERS = "event-consumers";

    /** The checks readiness must include. */
    protected String[] readinessChecks() {
        return new String[] {KAFKA, DATABASE, EVENT_CONSUMERS};
    }

    @Test
    void readyOnlyWhenWhatItNeedsIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks()))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void alive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesPrometheusMetricsTaggedWithTheService() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                // A number, not NaN: the gauge really reads the outbox table.
                .body(matchesPattern("(?s).*\\nfaultdesk_outbox_backlog\\{service=\"" + service + "\"} \\d+\\.\\d+\\n.*"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
