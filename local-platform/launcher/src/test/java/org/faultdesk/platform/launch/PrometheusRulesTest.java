package org.faultdesk.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.faultdesk.platform.kafka.BrokerSettings;
import org.junit.jupiter.api.Test;

/**
 * The alert rules ./platform up and docker-compose load (ops/prometheus), checked and unit-tested
 * by Prometheus's own promtool (Debian's package: {@code apt-get install prometheus}; .ci/run
 * installs it): each rule fires on the series that should page and stays quiet on the others.
 */
class PrometheusRulesTest {

    private static final Path RULES = BrokerSettings.projectRoot().resolve("ops/prometheus");

    @Test
    void everyAlertRuleFiresWhenItShouldAndOnlyThen() throws Exception {
        Result result = promtool("test", "rules", "alerts-test.yml");

        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void composesConfigurationAndItsRulesAreValid() throws Exception {
        Result result = promtool("check", "config", "prometheus.yml");

        assertThat(result.output()).contains("SUCCESS: 7 rules found");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void everyRuleHasASeverityAndSaysWhatToDo() throws IOException {
        String rules = Files.readString(RULES.resolve("alerts.yml"), StandardCharsets.UTF_8);
        long alerts = rules.lines().filter(line -> line.strip().startsWith("- alert:")).count();

        assertThat(rules.lines().filter(line -> line.strip().matches("severity: (page|ticket)")).count()).isEqualTo(alerts);
        assertThat(rules.lines().filter(line -> line.strip().startsWith("description:")).count()).isEqualTo(alerts);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(RULES.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("promtool is not installed: apt-get install prometheus", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        return new Result(process.exitValue(), output);
    }
}
