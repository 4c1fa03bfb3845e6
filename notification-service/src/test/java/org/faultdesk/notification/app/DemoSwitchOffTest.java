package org.faultdesk.notification.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment that does not set the demo switch gets nobody invented in its directory. */
@QuarkusTest
@TestProfile(DemoSwitchOffTest.AsDeployed.class)
class DemoSwitchOffTest {

    public static class AsDeployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("faultdesk.demo.enabled", "false");
        }
    }

    @Test
    void theDirectoryStartsEmpty() {
        assertThat(DemoDirectorySwitchTest.demoPeople()).isEmpty();
        assertThat(DemoDirectorySwitchTest.demoShifts()).isZero();
    }
}
