package org.faultdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.faultdesk.events.EventJson;
import org.faultdesk.platform.kafka.BrokerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * What a cluster gets from the manifests each service generates at package (quarkus-kubernetes,
 * {@code target/kubernetes/kubernetes.json}) and the disruption budgets beside them
 * (ops/kubernetes): two instances, probes on the health checks, memory from the benchmarks, a
 * non-root user, secrets only by reference, migrations once in a Job, and at most one instance
 * disrupted at a time. docs/deploy.md says why.
 */
class KubernetesManifestsIT {

    private static final Path ROOT = BrokerSettings.projectRoot();

    @ParameterizedTest
    @ValueSource(strings = {"ticket-service", "dispatch-service", "sla-monitor", "notification-service"})
    void aServiceRunsTwiceNonRootWithProbesMemoryAndSecretsByReference(String service) throws IOException {
        List<JsonNode> resources = generated(service);
        JsonNode deployment = only(resources, "Deployment");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(deployment.at("/spec/replicas").asInt()).as("two of each").isGreaterThanOrEqualTo(2);
        int port = container.at("/ports/0/containerPort").asInt();
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/readinessProbe/httpGet/port").asInt()).isEqualTo(port);
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        // Measured: 350-460 MB resident at -Xmx384m (docs/benchmarks.md).
        assertThat(mebibytes(container.at("/resources/requests/memory").asText())).isGreaterThanOrEqualTo(460);
        assertThat(mebibytes(container.at("/resources/limits/memory").asText()))
                .isGreaterThanOrEqualTo(mebibytes(container.at("/resources/requests/memory").asText()));
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isNotZero();

        assertThat(StreamSupport.stream(container.path("env").spliterator(), false))
                .as("no secret written into the manifest").noneMatch(env -> env.path("name").asText()
                        .matches(".*(PASSWORD|SECRET|TOKEN).*") && env.has("value"));
        assertThat(StreamSupport.stream(container.path("envFrom").spliterator(), false)
                .map(from -> from.at("/secretRef/name").asText())).contains(service + "-secrets");

        JsonNode migrations = only(resources, "Job");
        assertThat(migrations.at("/metadata/name").asText()).isEqualTo(service + "-flyway-init");
        assertThat(StreamSupport.stream(container.path("env").spliterator(), false))
                .as("the instances do not migrate: the Job does, once")
                .anyMatch(env -> env.path("name").asText().equals("QUARKUS_FLYWAY_ACTIVE")
                        && env.path("value").asText().equals("false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-service", "dispatch-service", "sla-monitor", "notification-service"})
    @SuppressWarnings("unchecked")
    void aDrainNeverTakesBothInstancesOfAService(String service) throws IOException {
        JsonNode deployment = only(generated(service), "Deployment");
        List<Map<String, Object>> budgets = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("ops/kubernetes/pod-disruption-budgets.yaml"))) {
            new Yaml().loadAll(reader).forEach(document -> budgets.add((Map<String, Object>) document));
        }

        Map<String, Object> budget = budgets.stream()
                .filter(b -> service.equals(((Map<String, Object>) b.get("metadata")).get("name"))).findFirst().orElseThrow();
        Map<String, Object> spec = (Map<String, Object>) budget.get("spec");
        Map<String, String> selector = (Map<String, String>) ((Map<String, Object>) spec.get("selector")).get("matchLabels");
        assertThat(spec.get("minAvailable")).isEqualTo(1);
        selector.forEach((label, value) -> assertThat(deployment.at("/spec/template/metadata/labels").path(label).asText())
                .as("the budget selects the service's pods by " + label).isEqualTo(value));
    }

    private static List<JsonNode> generated(String service) throws IOException {
        Path manifest = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.json");
        assertThat(manifest).as("generated at package by quarkus-kubernetes").exists();
        JsonNode all = EventJson.mapper().readTree(manifest.toFile());
        return StreamSupport.stream(all.spliterator(), false).toList();
    }

    private static JsonNode only(List<JsonNode> resources, String kind) {
        List<JsonNode> found = resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static int mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Integer.parseInt(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertThat(quantity).endsWith("Mi");
        return Integer.parseInt(quantity.substring(0, quantity.length() - 2));
    }
}
