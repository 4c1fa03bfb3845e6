package org.faultdesk.platform.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultdesk.platform.simulator.EventTally.Fact;

/**
 * The call centres: post the mix of tickets to ticket-service every few seconds, resolve the
 * consultations and complaints that need no technician, and at the end cancel this run's tickets
 * still open, so that they do not go on escalating in a later run or under the real policy.
 */
final class CallCentre implements AutoCloseable {

    private static final String TICKETS = "/tmf-api/troubleTicket/v5/troubleTicket";

    /** The agent who resolves what the call centre fixes on the phone and cancels the run's tickets at the end. */
    private static final String DESK_AGENT = "demo-agent-1000";

    private final Http http;
    private final String ticketServiceUrl;
    private final TicketMix mix;
    private final EventTally tally;
    private final Random random;
    private final PrintStream out;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger posted = new AtomicInteger();
    private final Map<String, NewTicket> tickets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService desk = Executors.newSingleThreadScheduledExecutor(daemon("call-centre"));

    CallCentre(Http http, String ticketServiceUrl, TicketMix mix, EventTally tally, Random random, PrintStream out) {
        this.http = http;
        this.ticketServiceUrl = ticketServiceUrl;
        this.mix = mix;
        this.tally = tally;
        this.random = random;
        this.out = out;
    }

    void start() {
        desk.execute(this::postNext);
    }

    int posted() {
        return posted.get();
    }

    private void postNext() {
        NewTicket ticket = mix.next();
        int number = posted.get() + 1;
        try {
            // Seven agents take the calls in turn; each posts as themselves (the ticket's opener).
            Http.Reply reply = http.as("demo-agent-" + (1000 + number % 7), "agent").post(ticketServiceUrl + TICKETS, ticket,
                    Map.of("Idempotency-Key", "demo-" + runId + "-" + number));
            if (reply.ok()) {
                String id = Http.tree(reply).path("id").asText();
                tally.ours(id);
                tickets.put(id, ticket);
                posted.incrementAndGet();
                AgentHandling.timeToResolve(ticket.ticketType(), random)
                        .ifPresent(pause -> desk.schedule(() -> resolve(id, ticket), pause.toMillis(), TimeUnit.MILLISECONDS));
            } else {
                out.println("  ticket-service refused a ticket (" + ticket.summary() + "): " + reply.problem());
            }
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // the demo is stopping
            }
            out.println("  ticket-service did not answer: " + e.getMessage());
        }
        desk.schedule(this::postNext, pauseBeforeNextCall(number).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The opening tickets come a second apart; then a call every two to six seconds. */
    private Duration pauseBeforeNextCall(int number) {
        return number < 5 ? Duration.ofSeconds(1) : Duration.ofMillis(2000 + random.nextInt(4000));
    }

    private void resolve(String ticketId, NewTicket ticket) {
        try {
            Http.Reply reply = http.as(DESK_AGENT, "agent").mergePatch(ticketServiceUrl + TICKETS + "/" + ticketId, Map.of(
                    "status", "resolved",
                    "resolutionCode", AgentHandling.resolutionCode(ticket.ticketType()),
                    "statusChangeReason", "handled by the call centre (demo)"));
            if (!reply.ok()) {
                out.println("  could not resolve " + ticketId + ": " + reply.problem());
            }
        } catch (IOException e) {
            out.println("  ticket-service did not answer: " + e.getMessage());
        }
    }

    /** Stops calling, then cancels this run's tickets that are not resolved; returns how many. */
    int cancelOpenTickets() throws InterruptedException {
        desk.shutdownNow();
        desk.awaitTermination(5, TimeUnit.SECONDS);
        int cancelled = 0;
        for (String ticketId : tickets.keySet()) {
            if (tally.has(ticketId, Fact.RESOLVED)) {
                continue;
            }
            try {
                Http.Reply reply = http.as(DESK_AGENT, "agent").mergePatch(ticketServiceUrl + TICKETS + "/" + ticketId, Map.of(
                        "status", "cancelled", "statusChangeReason", "demo ended"));
                // 409: resolved a moment ago, its event not read yet.
                if (reply.ok()) {
                    cancelled++;
                }
            } catch (IOException e) {
                break;
            }
        }
        return cancelled;
    }

    @Override
    public void close() {
        desk.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
