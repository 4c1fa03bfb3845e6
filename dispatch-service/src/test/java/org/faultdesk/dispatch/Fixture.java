package org.faultdesk.dispatch;

import static org.faultdesk.platform.test.TestIdentity.dispatcher;
import static org.faultdesk.platform.test.TestIdentity.technician;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketOpened;

/**
 * Test data of one test: its own area, so that the technicians and tickets of the module's other
 * tests (which share its broker and database) never meet it.
 */
public final class Fixture {

    public final String area = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    public static String ticketId() {
        return "TT-TEST-" + UUID.randomUUID();
    }

    public String technicianId(String name) {
        return area + "-" + name;
    }

    /** Registers a technician of this area, skilled in home broadband and leased lines, on shift around the clock. */
    public String technician(String name, boolean outsourced, int maxOpenOrders, boolean onDuty) {
        String id = technicianId(name);
        dispatcher().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Tech " + name, "maintenanceCompany",
                        outsourced ? "Test 代维 Co." : "Operator in-house", "outsourced", outsourced,
                        "teamId", area + "-TEAM", "areaCodes", List.of(area),
                        "skills", List.of("HOME_BROADBAND", "INTERNET_LEASED_LINE"),
                        "shiftSchedule", "MON-SUN 00:00-24:00", "maxOpenOrders", maxOpenOrders, "onDuty", onDuty))
                .post("/technicians")
                .then().statusCode(201);
        return id;
    }

    public TicketOpened fault(String ticketId, CustomerTier tier, ServiceType serviceType) {
        return opened(ticketId, TicketKind.FAULT, tier, serviceType, Instant.now());
    }

    public TicketOpened opened(String ticketId, TicketKind kind, CustomerTier tier, ServiceType serviceType, Instant openedAt) {
        return new TicketOpened(UUID.randomUUID(), Instant.now(), ticketId, TicketOpened.SCHEMA_VERSION, openedAt,
                classification(kind, tier, serviceType), "no internet since 08:00", "hotline");
    }

    public TicketClassification classification(TicketKind kind, CustomerTier tier, ServiceType serviceType) {
        return new TicketClassification(kind, serviceType, tier, Severity.MAJOR, 2, FaultScope.WITHIN_CITY,
                Locality.URBAN, area);
    }
}
