package org.faultdesk.ticket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.ServiceHealthContract;
import org.junit.jupiter.api.Test;

/** Intake's readiness leaves Kafka out: the outbox takes tickets while the broker is away (KafkaOutageTest). */
@QuarkusTest
class HealthTest extends ServiceHealthContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] {DATABASE, EVENT_CONSUMERS};
    }

    @Test
    void readinessDoesNotDependOnKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", everyItem(not(containsString("Kafka"))))
                // Nor on the channels it consumes: a consumer's pause shows in event-consumers instead.
                .body(not(containsString(Topics.SLA_CLOCK_STARTED)));
    }
}
