package org.faultdesk.e2e;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.faultdesk.platform.launch.ServiceProcess;

/**
 * Call-centre callers posting tickets (complaints unless told otherwise) without pause, each with its own Idempotency-Key. A
 * request that gets no answer (the service died under it) is sent again with the same key until
 * it is answered, as a call centre's integration would: 201 is a new ticket, 200 the ticket an
 * unanswered attempt had already created; 503 (the database away) means "the same key, later".
 * With several instances of ticket-service, the callers take them in turn, attempt by attempt, as
 * a load balancer would: a retried key may reach another instance than its first attempt.
 */
final class Intake implements AutoCloseable {

    /** What the callers report: billing complaints (ticket-service and the notices only) or faults that need a visit (dispatch too). */
    enum Calls {
        COMPLAINTS(Bodies.COMPLAINT, "E2E-INTAKE", false),
        /** Home broadband faults of ordinary customers: a work order each, on the long fallback deadline (no escalations). */
        FAULTS(Bodies.FAULT, "E2E-INTAKE", false),
        /**
         * The same faults in an area with technicians on duty, each from a customer of its own
         * (their phone differs, so the notices' rate limit never holds one back): dispatched, and
         * every customer told twice (the restore promise, the technician).
         */
        FAULTS_IN_A_CREWED_AREA(Bodies.FAULT, "E2E-CREWED", true);

        /** Where {@link #FAULTS_IN_A_CREWED_AREA} happen: dispatch-service needs technicians there. */
        static final String CREWED_AREA = FAULTS_IN_A_CREWED_AREA.area;

        private final String body;
        private final String area;
        private final boolean phoneOfTheirOwn;

        Calls(String body, String area, boolean phoneOfTheirOwn) {
            this.body = body;
            this.area = area;
            this.phoneOfTheirOwn = phoneOfTheirOwn;
        }

        /** The request of the call with {@code key}, for an agent of {@code channel}. */
        String body(String channel, String key) {
            return body.formatted(area, channel, key.substring(0, 8), phoneOfTheirOwn ? phoneOf(key) : "13600000000");
        }
    }

    /** The requests' JSON: area, channel, caller's name and phone, in this order. */
    private static final class Bodies {
        static final String COMPLAINT = """
                {"description": "Billed twice for the March broadband package",
                 "severity": "MINOR", "ticketType": "COMPLAINT", "serviceType": "GENERAL",
                 "customerTier": "ORDINARY", "areaCode": "%s", "channel": "%s",
                 "customerContact": {"name": "Caller %s", "phone": "%s"}}
                """;
        static final String FAULT = """
                {"description": "Home broadband down, the optical modem's LOS light is red",
                 "severity": "MINOR", "ticketType": "FAULT", "serviceType": "HOME_BROADBAND",
                 "customerTier": "ORDINARY", "faultScope": "WITHIN_CITY", "locality": "URBAN",
                 "areaCode": "%s", "channel": "%s",
                 "customerContact": {"name": "Caller %s", "phone": "%s"}}
                """;
    }

    /** What a caller was told for one key. */
    record Answer(String ticketId, int status) {
    }

    private final Platform platform;
    private final List<URI> endpoints;
    private final AtomicInteger nextEndpoint = new AtomicInteger();
    private final String channel;
    private final ExecutorService callers;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Duration pause;
    private final Calls calls;
    private volatile boolean running = true;

    Intake(Platform platform, String channel, int callers) {
        this(platform, channel, callers, Duration.ZERO);
    }

    /** Callers who take {@code pause} between one ticket and the next: a steady load, not a flood. */
    Intake(Platform platform, String channel, int callers, Duration pause) {
        this(platform, channel, callers, pause, Calls.COMPLAINTS);
    }

    Intake(Platform platform, String channel, int callers, Duration pause, Calls calls) {
        this(platform, channel, callers, pause, calls, List.of(platform.ticketService()));
    }

    /** Callers who take the instances of ticket-service in turn. */
    Intake(Platform platform, String channel, int callers, Duration pause, Calls calls, List<ServiceProcess> ticketServices) {
        this.calls = calls;
        this.platform = platform;
        this.endpoints = ticketServices.stream().map(service -> URI.create(service.baseUrl() + Tickets.PATH)).toList();
        this.channel = channel;
        this.pause = pause;
        this.callers = Executors.newFixedThreadPool(callers);
        for (int i = 0; i < callers; i++) {
            this.callers.submit(this::call);
        }
    }

    /** Requests answered so far; fails at once if a caller got an answer it should not have. */
    int acknowledged() {
        if (failure.get() != null) {
            throw new AssertionError("a caller failed: " + failure.get().getMessage(), failure.get());
        }
        return answers.size();
    }

    /** Attempts that got no HTTP answer (connection refused or reset). */
    int unanswered() {
        return unanswered.get();
    }

    /** Attempts answered 503: the service could not take the ticket then, and said to try again. */
    int refused() {
        return refused.get();
    }

    Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    /** Lets every caller finish its request in hand, then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        callers.shutdown();
        if (!callers.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new AssertionError("callers still waiting for an answer after 5 minutes");
        }
        if (failure.get() != null) {
            throw new AssertionError("a caller failed: " + failure.get().getMessage(), failure.get());
        }
    }

    private void call() {
        try {
            while (running) {
                String key = UUID.randomUUID().toString();
                // As patient as a call centre's integration: longer than the longest outage a test makes.
                answers.put(key, await("an answer for " + key).atMost(Duration.ofMinutes(4))
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                        .until(() -> post(key), Optional::isPresent).get());
                if (!pause.isZero()) {
                    Thread.sleep(pause.toMillis()); // the caller's next call: load shaping, not a wait for the system
                }
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
            running = false;
        }
    }

    /** A mobile number of the caller's own, from the call's key. */
    static String phoneOf(String key) {
        return "136%08d".formatted(Math.floorMod(key.hashCode(), 100_000_000));
    }

    private Optional<Answer> post(String key) {
        String body = calls.body(channel, key);
        URI endpoint = endpoints.get(Math.floorMod(nextEndpoint.getAndIncrement(), endpoints.size()));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + platform.agentToken(channel))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503) {
                // The service says it cannot do it now (its database is away): the same key, later.
                refused.incrementAndGet();
                return Optional.empty();
            }
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new AssertionError("POST answered " + response.statusCode() + ": " + response.body());
            }
            return Optional.of(new Answer(JsonPath.from(response.body()).getString("id"), response.statusCode()));
        } catch (IOException e) {
            unanswered.incrementAndGet();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
