package org.faultdesk.dispatch.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;
import static org.faultdesk.platform.test.TestIdentity.technician;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.faultdesk.dispatch.Await;
import org.faultdesk.dispatch.Fixture;
import org.faultdesk.dispatch.TestClock;
import org.faultdesk.dispatch.TicketServiceStub;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Topics;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The technician's side of a visit over REST, from the assignment to the customer's sign-off. */
@QuarkusTest
class TechnicianVisitApiTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    Fixture fixture;
    TopicWatcher updates;
    String technician;
    String ticket;
    String workOrder;

    @BeforeEach
    void aDispatchedFault() {
        fixture = new Fixture();
        updates = TestKafka.watch(Topics.WORK_ORDER_UPDATED);
        technician = fixture.technician("A", false, 2, true);
        ticket = Fixture.ticketId();
        TestKafka.publish(fixture.fault(ticket, CustomerTier.GOLD, ServiceType.HOME_BROADBAND));
        workOrder = await().atMost(Duration.ofSeconds(30)).until(
                () -> technician(technician).get("/technicians/{t}/work-orders", technician).then().statusCode(200)
                        .extract().jsonPath().getString("[0].id"),
                id -> id != null);
    }

    @AfterEach
    void close() {
        updates.close();
    }

    /** A JSON request as the test's technician. */
    private RequestSpecification json(Object body) {
        return technician(technician).contentType(ContentType.JSON).body(body);
    }

    private static Map<String, String> window(Instant start, Duration length) {
        return Map.of("start", start.toString(), "end", start.plus(length).toString());
    }

    @Test
    void theWholeVisitFromAcceptanceToTheCustomersSignOff() {
        technician(technician).get("/technicians/{t}/work-orders/{w}", technician, workOrder).then().statusCode(200)
                .body("ticketId", equalTo(ticket))
                .body("status", equalTo("ASSIGNED"))
                .body("areaCode", equalTo(fixture.area))
                .body("customerTier", equalTo("GOLD"))
                .body("assignment", equalTo(1))
                .body("restoreDeadline", notNullValue());

        technician(technician).post("/technicians/{t}/work-orders/{w}/accept", technician, workOrder).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
        json(window(tomorrow, Duration.ofHours(2))).post("/technicians/{t}/work-orders/{w}/appointment", technician, workOrder)
                .then().statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("appointmentStart", equalTo(tomorrow.toString()));
        Instant later = tomorrow.plus(Duration.ofHours(6));
        json(Map.of("start", later.toString(), "end", later.plus(Duration.ofHours(2)).toString(),
                "note", "customer at work until 15:00"))
                .post("/technicians/{t}/work-orders/{w}/customer-rebooking", technician, workOrder)
                .then().statusCode(200).body("status", equalTo("BOOKED"))
                .body("appointmentStart", equalTo(later.toString()));
        WorkOrderUpdated rebooked = Await.action(updates, ticket, WorkOrderAction.APPOINTMENT_REBOOKED_BY_CUSTOMER);
        assertThat(rebooked.appointmentStart()).isEqualTo(later);
        assertThat(rebooked.appointmentEnd()).isEqualTo(later.plus(Duration.ofHours(2)));
        assertThat(rebooked.actor()).isEqualTo(technician);

        technician(technician).post("/technicians/{t}/work-orders/{w}/en-route", technician, workOrder).then().statusCode(200)
                .body("status", equalTo("EN_ROUTE"));
        technician(technician).post("/technicians/{t}/work-orders/{w}/arrival", technician, workOrder).then().statusCode(200)
                .body("status", equalTo("ON_SITE")).body("arrivedAt", notNullValue());

        // Nobody answers the door: not absent before 10 minutes...
        json(Map.of("note", "note left at 15:05")).post("/technicians/{t}/work-orders/{w}/customer-absence", technician, workOrder)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/customer-absent-too-early"))
                .body("detail", containsString("after 10 minutes at the door"));
        clock.advance(Duration.ofMinutes(10));
        // ...and after them the note is kept and a new booking is needed.
        json(Map.of("note", "note left at 15:15, called twice")).post("/technicians/{t}/work-orders/{w}/customer-absence",
                        technician, workOrder)
                .then().statusCode(200).body("status", equalTo("AWAITING_REBOOKING"))
                .body("appointmentStart", nullValue());
        assertThat(Await.action(updates, ticket, WorkOrderAction.CUSTOMER_ABSENT).note()).isEqualTo("note left at 15:15, called twice");
        technician(technician).post("/technicians/{t}/work-orders/{w}/en-route", technician, workOrder).then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("detail", equalTo("cannot set off a work order that is AWAITING_REBOOKING; allowed when ACCEPTED or BOOKED"));

        Instant nextDay = tomorrow.plus(Duration.ofDays(1));
        json(window(nextDay, Duration.ofHours(2))).post("/technicians/{t}/work-orders/{w}/appointment", technician, workOrder)
                .then().statusCode(200).body("status", equalTo("BOOKED"));
        technician(technician).post("/technicians/{t}/work-orders/{w}/en-route", technician, workOrder).then().statusCode(200);
        technician(technician).post("/technicians/{t}/work-orders/{w}/arrival", technician, workOrder).then().statusCode(200);
        json(Map.of("note", "splitter in the cabinet burnt: need the OLT team, customer's son 13912345678"))
                .post("/technicians/{t}/work-orders/{w}/support-request", technician, workOrder)
                .then().statusCode(200).body("status", equalTo("ON_SITE"));
        // On Kafka with the number masked (ADR 0003); in full in the order's own history, below.
        assertThat(Await.action(updates, ticket, WorkOrderAction.SUPPORT_REQUESTED).note())
                .isEqualTo("splitter in the cabinet burnt: need the OLT team, customer's son 139****5678");

        json(Map.of("resolutionCode", "SPLITTER_REPLACED", "notes", "service restored", "customerSignedOff", false))
                .post("/technicians/{t}/work-orders/{w}/completion", technician, workOrder)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.message", hasItem("the customer must sign the work order off"));
        json(Map.of("resolutionCode", "SPLITTER_REPLACED", "notes", "service restored", "customerSignedOff", true))
                .post("/technicians/{t}/work-orders/{w}/completion", technician, workOrder)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("resolutionCode", equalTo("SPLITTER_REPLACED"))
                .body("closedAt", notNullValue());

        WorkOrderUpdated completed = Await.action(updates, ticket, WorkOrderAction.COMPLETED);
        assertThat(completed.resolutionCode()).isEqualTo("SPLITTER_REPLACED");
        assertThat(completed.technicianId()).isEqualTo(technician);
        technician(technician).get("/technicians/{t}/work-orders", technician).then().statusCode(200).body("$", hasSize(0));
        dispatcher().get("/technicians/" + technician).then().body("openOrders", equalTo(0));
        dispatcher().get("/work-orders/{w}/history", workOrder).then().statusCode(200)
                .body("action", equalTo(List.of("CREATED", "ASSIGNED", "ACCEPTED", "APPOINTMENT_BOOKED",
                        "APPOINTMENT_REBOOKED_BY_CUSTOMER", "EN_ROUTE", "ARRIVED", "CUSTOMER_ABSENT",
                        "APPOINTMENT_BOOKED", "EN_ROUTE", "ARRIVED", "SUPPORT_REQUESTED", "COMPLETED")))
                .body("[4].appointmentStart", equalTo(later.toString()))
                .body("[4].note", equalTo("customer at work until 15:00"))
                .body("[11].note", equalTo("splitter in the cabinet burnt: need the OLT team, customer's son 13912345678"));
    }

    @Test
    void theTechnicianSeesTheCustomersContactFromTicketService() {
        // Only with dispatch-service's own token (client credentials): without one, the stub's 404.
        TicketServiceStub.server().stubFor(get(urlEqualTo("/internal/v1/tickets/" + ticket + "/customer-contact"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("{\"ticketId\":\"" + ticket + "\",\"name\":\"王芳\",\"phone\":\"13800138000\","
                        + "\"email\":\"wang.fang@example.cn\",\"address\":\"天河路 385 号 12 楼\",\"language\":\"zh-CN\"}")));
        technician(technician).get("/technicians/{t}/work-orders/{w}", technician, workOrder).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("customerContact.name", equalTo("王芳"))
                .body("customerContact.phone", equalTo("13800138000"))
                .body("customerContact.address", equalTo("天河路 385 号 12 楼"));
        // Lists and the dispatcher's view carry no personal data.
        technician(technician).get("/technicians/{t}/work-orders", technician).then().body("[0]", not(hasKey("customerContact")));
        dispatcher().get("/work-orders/{w}", workOrder).then().body("$", not(hasKey("customerContact")));

        // ticket-service failing does not hide the job from the technician.
        TicketServiceStub.server().stubFor(get(urlEqualTo("/internal/v1/tickets/" + ticket + "/customer-contact"))
                .willReturn(aResponse().withStatus(503)));
        technician(technician).get("/technicians/{t}/work-orders/{w}", technician, workOrder).then().statusCode(200)
                .body("ticketId", equalTo(ticket))
                .body("$", not(hasKey("customerContact")));
    }

    @Test
    void someoneElsesWorkOrderIsRefused() {
        String other = fixture.technician("B", false, 2, true);
        technician(other).post("/technicians/{t}/work-orders/{w}/accept", other, workOrder).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-your-work-order"))
                .body("title", equalTo("Not your work order"))
                .body("detail", equalTo("work order " + workOrder + " is not assigned to technician " + other));
        technician(other).get("/technicians/{t}/work-orders/{w}", other, workOrder).then().statusCode(403);
        // Another technician's token on this technician's path: the id comes from the token, not the path.
        technician(other).post("/technicians/{t}/work-orders/{w}/accept", technician, workOrder).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-your-work-orders"));
        technician(other).get("/technicians/{t}/work-orders", technician).then().statusCode(403);
        // The identity provider's lower-case user name is the same technician.
        technician(technician.toLowerCase()).get("/technicians/{t}/work-orders/{w}", technician, workOrder)
                .then().statusCode(200).body("id", equalTo(workOrder));
    }

    @Test
    void aStepInTheWrongStateIsRefusedWithTheReason() {
        technician(technician).post("/technicians/{t}/work-orders/{w}/arrival", technician, workOrder).then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("status", equalTo(409))
                .body("detail", equalTo("cannot arrive a work order that is ASSIGNED; allowed when EN_ROUTE"));
        technician(technician).post("/technicians/{t}/work-orders/{w}/accept", technician, workOrder).then().statusCode(200);
        json(Map.of("reason", "too far")).post("/technicians/{t}/work-orders/{w}/decline", technician, workOrder)
                .then().statusCode(409)
                .body("detail", equalTo("cannot decline a work order that is ACCEPTED; allowed when ASSIGNED"));
    }

    @Test
    void unknownTechniciansAndWorkOrdersAreNotFound() {
        technician("T-NOBODY").get("/technicians/{t}/work-orders", "T-NOBODY").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/technician-not-found"))
                .body("detail", equalTo("no technician T-NOBODY"));
        technician(technician).post("/technicians/{t}/work-orders/{w}/accept", technician, "WO-NONE").then().statusCode(404)
                .body("type", equalTo("/problems/work-order-not-found"));
        dispatcher().get("/work-orders/WO-NONE/history").then().statusCode(404)
                .body("detail", equalTo("no work order WO-NONE"));
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        technician(technician).post("/technicians/{t}/work-orders/{w}/accept", technician, workOrder).then().statusCode(200);
        json(Map.of("start", "2099-11-24T03:00:00Z", "end", "2099-11-24T01:00:00Z"))
                .post("/technicians/{t}/work-orders/{w}/appointment", technician, workOrder)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-appointment"))
                .body("detail", containsString("must end after it starts"));
        json(Map.of("start", "2020-01-01T01:00:00Z", "end", "2020-01-01T03:00:00Z"))
                .post("/technicians/{t}/work-orders/{w}/appointment", technician, workOrder)
                .then().statusCode(400)
                .body("detail", equalTo("the window 2020-01-01T01:00:00Z to 2020-01-01T03:00:00Z is already over"));
        json(Map.of("start", "tomorrow", "end", "2099-11-24T01:00:00Z"))
                .post("/technicians/{t}/work-orders/{w}/appointment", technician, workOrder)
                .then().statusCode(400).body("errors[0].field", equalTo("start"));
        json(Map.of("end", "2099-11-24T01:00:00Z"))
                .post("/technicians/{t}/work-orders/{w}/appointment", technician, workOrder)
                .then().statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItem(containsString("start")));
        technician(technician).contentType(ContentType.JSON).body("{\"reason\": ")
                .post("/technicians/{t}/work-orders/{w}/decline", technician, workOrder)
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("type", equalTo("/problems/malformed-json"))
                .body("detail", containsString("not valid JSON"));
        technician(technician).get("/technicians/{t}/work-orders/{w}", technician, workOrder).then().body("status", equalTo("ACCEPTED"));
    }
}
