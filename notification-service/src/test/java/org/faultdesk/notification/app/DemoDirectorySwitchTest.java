package org.faultdesk.notification.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.admin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.faultdesk.support.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The tests run with the demo switch on: the demo directory is there at start, and loading it
 * again adds neither a person nor a shift. {@link DemoSwitchOffTest} shows the default.
 */
@QuarkusTest
class DemoDirectorySwitchTest {

    @Inject
    DemoData demoData;

    @Test
    void theDemoDirectoryIsLoadedOnceWhateverTheNumberOfStarts() throws Exception {
        assertThat(demoPeople()).hasSize(11).contains("P-GZ-TL-01", "P-HQ-01");
        assertThat(demoShifts()).isEqualTo(11);

        demoData.load();

        assertThat(demoPeople()).hasSize(11);
        assertThat(demoShifts()).isEqualTo(11);
    }

    static List<String> demoPeople() {
        return admin().when().get("/api/v1/people")
                .then().statusCode(200)
                .extract().jsonPath().<String>getList("id").stream().filter(DemoDirectorySwitchTest::isDemo).toList();
    }

    static long demoShifts() {
        return admin().when().get("/api/v1/on-call-shifts")
                .then().statusCode(200)
                .extract().jsonPath().<String>getList("personId").stream().filter(DemoDirectorySwitchTest::isDemo).count();
    }

    private static boolean isDemo(String personId) {
        return personId.matches("P-(GZ|SZ|GD|HQ)-.*");
    }
}
