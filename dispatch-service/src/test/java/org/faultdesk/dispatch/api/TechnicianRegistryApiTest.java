package org.faultdesk.dispatch.api;

import static org.faultdesk.platform.test.TestIdentity.dispatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultdesk.dispatch.Fixture;
import org.junit.jupiter.api.Test;

/** The technicians registry over REST, and its refusals. */
@QuarkusTest
class TechnicianRegistryApiTest {

    final Fixture fixture = new Fixture();

    private Map<String, Object> technician(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Zhang San");
        body.put("maintenanceCompany", "Guangdong Tongfu 代维");
        body.put("outsourced", true);
        body.put("teamId", "GZ-TIANHE-HOME");
        body.put("areaCodes", List.of(fixture.area, "GZ-HAIZHU-01"));
        body.put("skills", List.of("HOME_BROADBAND", "MOBILE_NETWORK"));
        body.put("shiftSchedule", "mon-fri 08:00-20:00; SAT 09:00-13:00");
        body.put("maxOpenOrders", 4);
        return body;
    }

    @Test
    void registersListsAndFindsTechnicians() {
        String id = fixture.technicianId("ZS");
        dispatcher().contentType(ContentType.JSON).body(technician(id)).post("/technicians")
                .then().statusCode(201)
                .header("Location", endsWith("/technicians/" + id))
                .body("id", equalTo(id))
                .body("outsourced", equalTo(true))
                .body("areaCodes", equalTo(List.of(fixture.area, "GZ-HAIZHU-01")))
                .body("skills", equalTo(List.of("HOME_BROADBAND", "MOBILE_NETWORK")))
                .body("shiftSchedule", equalTo("MON-FRI 08:00-20:00;SAT 09:00-13:00"))
                .body("maxOpenOrders", equalTo(4))
                .body("openOrders", equalTo(0))
                .body("onDuty", equalTo(true));

        dispatcher().get("/technicians/" + id).then().statusCode(200).body("teamId", equalTo("GZ-TIANHE-HOME"));
        dispatcher().queryParam("area", fixture.area).get("/technicians").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        dispatcher().queryParam("area", fixture.area).queryParam("skill", "DATA_LEASED_LINE").get("/technicians")
                .then().statusCode(200).body("$", equalTo(List.of()));

        dispatcher().contentType(ContentType.JSON).body(Map.of("onDuty", false)).put("/technicians/" + id + "/duty")
                .then().statusCode(200).body("onDuty", equalTo(false));
        dispatcher().get("/technicians/" + id).then().body("onDuty", equalTo(false));
    }

    @Test
    void refusesADuplicate() {
        String id = fixture.technicianId("DUP");
        dispatcher().contentType(ContentType.JSON).body(technician(id)).post("/technicians").then().statusCode(201);
        dispatcher().contentType(ContentType.JSON).body(technician(id)).post("/technicians")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/technician-exists"))
                .body("detail", equalTo("technician " + id + " already exists"));
    }

    @Test
    void refusesInvalidTechniciansNamingTheField() {
        Map<String, Object> noName = technician(fixture.technicianId("X"));
        noName.remove("name");
        noName.put("maxOpenOrders", 0);
        dispatcher().contentType(ContentType.JSON).body(noName).post("/technicians")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItem(containsString("name")))
                .body("errors.field", hasItem(containsString("maxOpenOrders")));

        Map<String, Object> badSkill = technician(fixture.technicianId("Y"));
        badSkill.put("skills", List.of("PLUMBING"));
        dispatcher().contentType(ContentType.JSON).body(badSkill).post("/technicians")
                .then().statusCode(400)
                .body("detail", containsString("PLUMBING"))
                .body("detail", containsString("HOME_BROADBAND"));

        Map<String, Object> badShift = technician(fixture.technicianId("Z"));
        badShift.put("shiftSchedule", "weekdays 8 to 8");
        dispatcher().contentType(ContentType.JSON).body(badShift).post("/technicians")
                .then().statusCode(400)
                .body("type", equalTo("/problems/invalid-field"))
                .body("errors[0].field", equalTo("shiftSchedule"))
                .body("errors[0].message", containsString("shift 'weekdays 8 to 8' is not like 'MON-FRI 08:00-20:00'"));
        dispatcher().get("/technicians/" + fixture.technicianId("Z")).then().statusCode(404);

        Map<String, Object> misspelt = technician(fixture.technicianId("W"));
        misspelt.put("maxOpenOrder", 3);
        dispatcher().contentType(ContentType.JSON).body(misspelt).post("/technicians")
                .then().statusCode(400)
                .body("type", equalTo("/problems/invalid-field"))
                .body("errors[0].field", equalTo("maxOpenOrder"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void unknownTechnicianAndMissingDutyFlag() {
        dispatcher().get("/technicians/T-NOBODY").then().statusCode(404)
                .body("type", equalTo("/problems/technician-not-found"));
        dispatcher().contentType(ContentType.JSON).body(Map.of()).put("/technicians/T-NOBODY/duty")
                .then().statusCode(400).body("errors.field", hasItem(containsString("onDuty")));
        dispatcher().get("/work-orders").then().statusCode(400)
                .body("detail", equalTo("query parameter 'ticketId' is required"));
    }
}
