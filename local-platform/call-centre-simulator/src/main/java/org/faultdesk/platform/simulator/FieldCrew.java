package org.faultdesk.platform.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.faultdesk.platform.simulator.TechnicianWalk.Step;

/**
 * Plays every technician dispatch-service knows: looks at each one's open work orders every two
 * seconds and takes the next step of each ({@link TechnicianWalk}) after a human pause. One
 * thread does the looking and the steps, so a step never races the look that planned it.
 */
final class FieldCrew implements AutoCloseable {

    private static final Duration LOOK_EVERY = Duration.ofSeconds(2);

    private final Http http;
    private final String dispatchUrl;
    private final Random random;
    private final Clock clock;
    private final PrintStream out;
    private final ScheduledExecutorService crew = Executors.newSingleThreadScheduledExecutor(CallCentre.daemon("field-crew"));
    /** Work orders with a step planned, so the next look does not plan it twice. */
    private final Set<String> planned = ConcurrentHashMap.newKeySet();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private List<String> technicians = List.of();

    FieldCrew(Http http, String dispatchUrl, Random random, Clock clock, PrintStream out) {
        this.http = http;
        this.dispatchUrl = dispatchUrl;
        this.random = random;
        this.clock = clock;
        this.out = out;
    }

    /** Starts playing the registered technicians; returns how many. */
    int start() throws IOException {
        Http.Reply reply = http.as("demo-dispatcher", "dispatcher").get(dispatchUrl + "/technicians");
        if (!reply.ok()) {
            throw new IOException("dispatch-service did not list its technicians: " + reply.problem());
        }
        List<String> ids = new ArrayList<>();
        Http.tree(reply).forEach(technician -> ids.add(technician.path("id").asText()));
        technicians = List.copyOf(ids);
        crew.scheduleWithFixedDelay(this::look, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return technicians.size();
    }

    private void look() {
        for (String technician : technicians) {
            try {
                Http.Reply reply = http.as(technician, "technician").get(workOrders(technician));
                if (reply.ok()) {
                    Http.tree(reply).forEach(order -> plan(technician, order));
                }
            } catch (IOException e) {
                // dispatch-service is busy or stopping: look again next time
            }
        }
    }

    private void plan(String technician, JsonNode order) {
        String workOrderId = order.path("id").asText();
        Optional<Step> step = TechnicianWalk.next(order.path("status").asText());
        if (step.isEmpty() || !planned.add(workOrderId)) {
            return;
        }
        Duration untilDeadline = order.hasNonNull("restoreDeadline")
                ? Duration.between(clock.instant(), Instant.parse(order.get("restoreDeadline").asText()))
                : null;
        Duration pause = TechnicianWalk.pause(step.get(), order.path("kind").asText(), untilDeadline, random);
        crew.schedule(() -> act(technician, order, step.get()), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void act(String technician, JsonNode order, Step step) {
        String workOrderId = order.path("id").asText();
        try {
            Object body = step == Step.COMPLETE
                    ? TechnicianWalk.completion(order.path("kind").asText(), order.path("serviceType").asText(), random)
                    : Map.of();
            Http.Reply reply = http.as(technician, "technician")
                    .post(workOrders(technician) + "/" + workOrderId + "/" + step.path(), body, Map.of());
            // 409 is an order cancelled or reassigned meanwhile: nothing to report.
            if (!reply.ok() && reply.status() != 409 && reported.add(workOrderId)) {
                out.println("  " + technician + " could not " + step.path() + " " + workOrderId + ": " + reply.problem());
            }
        } catch (IOException e) {
            // dispatch-service is busy or stopping: the next look plans the step again
        } finally {
            planned.remove(workOrderId);
        }
    }

    private String workOrders(String technician) {
        return dispatchUrl + "/technicians/" + technician + "/work-orders";
    }

    @Override
    public void close() {
        crew.shutdownNow();
    }
}
