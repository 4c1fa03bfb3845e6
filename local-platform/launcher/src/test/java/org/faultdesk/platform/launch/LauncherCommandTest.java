package org.faultdesk.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherCommandTest {

    @Test
    void readsWordsOptionsFlagsAndSettingsInAnyOrder() {
        LauncherCommand.Options options = LauncherCommand.Options.parse(List.of(
                "sla-monitor", "--port", "9083", "--quick", "FAULTDESK_SLA_POLICY_FILE=/tmp/p.csv", "--db", "bench_sla",
                "FAULTDESK_DEMO_ENABLED=true", "--fresh-db"));

        assertThat(options.words()).containsExactly("sla-monitor");
        assertThat(options.value("--port", "8083")).isEqualTo("9083");
        assertThat(options.value("--heap", "384m")).isEqualTo("384m");
        assertThat(options.flag("--quick")).isTrue();
        assertThat(options.flag("--fresh-db")).isTrue();
        assertThat(options.environment()).isEqualTo(Map.of(
                "FAULTDESK_SLA_POLICY_FILE", "/tmp/p.csv", "FAULTDESK_DEMO_ENABLED", "true"));
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertThatThrownBy(() -> LauncherCommand.Options.parse(List.of("ticket-service", "--port")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port needs a value");
    }

    @Test
    void theServicesAreTheFourModulesWithTheirPortsAndDatabases() {
        assertThat(PlatformService.named("notification-service").defaultPort()).isEqualTo(8084);
        assertThat(PlatformService.named("dispatch-service").database()).isEqualTo("dispatch_service");
        assertThat(PlatformService.SLA_MONITOR.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/sla-monitor/target/quarkus-app/quarkus-run.jar"));
        assertThatThrownBy(() -> PlatformService.named("billing")).hasMessageContaining("ticket-service");
    }

    @Test
    void aSecondInstanceIsNamedAfterItsServiceAndNumber() {
        assertThat(PlatformService.SLA_MONITOR.instanceName(1)).isEqualTo("sla-monitor");
        assertThat(PlatformService.SLA_MONITOR.instanceName(2)).isEqualTo("sla-monitor-2");
        assertThat(PlatformService.ofInstance("notification-service-2")).isEqualTo(PlatformService.NOTIFICATION_SERVICE);
        assertThat(PlatformService.ofInstance("ticket-service")).isEqualTo(PlatformService.TICKET_SERVICE);
        assertThatThrownBy(() -> PlatformService.TICKET_SERVICE.instanceName(0)).hasMessageContaining("from 1");
        assertThatThrownBy(() -> PlatformService.ofInstance("billing-2")).hasMessageContaining("no service 'billing'");
    }

    @Test
    void quickStartAddsC1OnlyAndTheSerialCollector() {
        assertThat(JvmOptions.of("256m", true)).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(JvmOptions.of("512m", false)).containsExactly("-Xmx512m");
    }

    @Test
    void aDatabaseNameIsCheckedBeforeItReachesSql() {
        assertThatThrownBy(() -> Databases.fromEnvironment().prepare("x; drop table y", true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
