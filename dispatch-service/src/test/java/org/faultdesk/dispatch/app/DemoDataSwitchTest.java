package org.faultdesk.dispatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.faultdesk.support.demo.DemoData;
import org.junit.jupiter.api.Test;

/** With the demo switch on, the demo crews are there at start, and loading them again adds nobody. */
@QuarkusTest
@TestProfile(DemoDataSwitchTest.DemoSwitchOn.class)
class DemoDataSwitchTest {

    public static class DemoSwitchOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The worker stays off: the demo crews must not be dispatched to other tests' tickets.
            return Map.of("faultdesk.demo.enabled", "true", "faultdesk.worker.dispatcher.enabled", "false");
        }
    }

    @Inject
    DemoData demoData;

    @Test
    void theDemoCrewsAreLoadedOnceWhateverTheNumberOfStarts() throws Exception {
        assertThat(demoTechnicians()).hasSize(9).contains("T-GZ-001", "T-SZ-003");

        demoData.load();

        assertThat(demoTechnicians()).hasSize(9);
    }

    private static List<String> demoTechnicians() {
        return dispatcher().when().get("/technicians")
                .then().statusCode(200)
                .extract().jsonPath().<String>getList("id").stream()
                .filter(id -> id.startsWith("T-GZ-") || id.startsWith("T-SZ-")).toList();
    }
}
