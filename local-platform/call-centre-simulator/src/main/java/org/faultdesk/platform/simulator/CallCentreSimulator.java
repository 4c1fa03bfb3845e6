package org.faultdesk.platform.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.faultdesk.events.SlaClockStopped;
import org.faultdesk.events.TicketEscalated;
import org.faultdesk.events.TicketEvent;
import org.faultdesk.platform.keycloak.KeycloakSettings;
import org.faultdesk.platform.keycloak.LocalKeycloak;
import org.faultdesk.platform.simulator.EventTally.Fact;

/**
 * {@code ./platform demo}'s last step: loads the demo staff, then plays the call centres and the
 * technicians against the running platform and prints what happened to this run's tickets every
 * five seconds, until it is stopped (Ctrl-C or SIGTERM); then it cancels this run's open tickets.
 *
 * <p>Settings (environment): {@code TICKET_SERVICE_URL} (http://127.0.0.1:8081),
 * {@code DISPATCH_SERVICE_URL} (…:8082), {@code NOTIFICATION_SERVICE_URL} (…:8084),
 * {@code KAFKA_BOOTSTRAP_SERVERS} (127.0.0.1:9092), {@code SIMULATOR_SEED} (random).
 */
public final class CallCentreSimulator {

    private static final Duration SUMMARY_EVERY = Duration.ofSeconds(5);

    private CallCentreSimulator() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String ticketService = setting("TICKET_SERVICE_URL", "http://127.0.0.1:8081");
        String dispatchService = setting("DISPATCH_SERVICE_URL", "http://127.0.0.1:8082");
        String notificationService = setting("NOTIFICATION_SERVICE_URL", "http://127.0.0.1:8084");
        String kafka = setting("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        long seed = Long.parseLong(setting("SIMULATOR_SEED", Long.toString(System.nanoTime())));
        Random random = new Random(seed);
        Clock clock = Clock.systemUTC();
        Path root = Path.of(setting("FAULTDESK_ROOT", "."));
        Http http = new Http(new Tokens(new LocalKeycloak(KeycloakSettings.forPlatform(root))), "demo-admin", "admin");

        new DemoStaff(http, dispatchService, notificationService).load(out);

        EventTally tally = new EventTally();
        TopicTap tap = new TopicTap(kafka, event -> {
            tally.record(event);
            announce(event, tally, out);
        });
        tap.start();
        FieldCrew crew = new FieldCrew(http, dispatchService, random, clock, out);
        CallCentre callCentre = new CallCentre(http, ticketService, new TicketMix(random), tally, random, out);

        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.interrupt();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-simulator"));

        Instant started = clock.instant();
        out.printf("simulator: playing %d technicians; a call every 2–6 s (seed %d)%n", crew.start(), seed);
        callCentre.start();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(SUMMARY_EVERY.toMillis());
                out.printf("[%s] %s   (posted %d)%n", elapsed(started, clock), tally.summary().line(), callCentre.posted());
            }
        } catch (InterruptedException e) {
            // stopped: finish below
        } finally {
            crew.close();
            int cancelled = callCentre.cancelOpenTickets();
            int acknowledged = acknowledge(new Supervisors(http, notificationService), tally);
            tap.close();
            out.printf("%nsimulator stopped after %s. This run's tickets: %s%n", elapsed(started, clock), tally.summary().line());
            out.printf("cancelled %d open demo ticket(s) and acknowledged %d escalation(s), so that they do not "
                    + "escalate or repeat later%n", cancelled, acknowledged);
            stopped.countDown();
        }
    }

    private static int acknowledge(Supervisors supervisors, EventTally tally) {
        try {
            return supervisors.acknowledgeEscalations(tally.ours(Fact.ESCALATED));
        } catch (IOException e) {
            return 0; // notification-service is gone already: nothing to stop repeating
        }
    }

    /** A line for each escalation and each missed deadline of this run, as they happen. */
    private static void announce(TicketEvent event, EventTally tally, PrintStream out) {
        if (!tally.isOurs(event.ticketId())) {
            return;
        }
        if (event instanceof TicketEscalated escalated) {
            out.printf("  ▲ %s escalated to level %d (%s): %s %s in %s, %d%% of its %s time used%n",
                    escalated.ticketId(), escalated.level(), escalated.targetRole(),
                    escalated.classification().customerTier(), escalated.classification().serviceType(),
                    escalated.classification().areaCode(), escalated.elapsedPercent(),
                    escalated.isRestoreClock() ? "restore" : escalated.clock() + " response");
        } else if (event instanceof SlaClockStopped stopped && EventTally.factOf(stopped).orElse(null) == Fact.BREACHED) {
            Duration allowed = Duration.between(stopped.startedAt(), stopped.restoreDeadline()).minus(stopped.pausedTotal());
            out.printf("  ✗ %s restored after its deadline: took %s, %s allowed (%s %s in %s)%n", stopped.ticketId(),
                    minutesSeconds(stopped.timeToRestore()), minutesSeconds(allowed),
                    stopped.classification().customerTier(), stopped.classification().serviceType(),
                    stopped.classification().areaCode());
        }
    }

    private static String elapsed(Instant started, Clock clock) {
        return minutesSeconds(Duration.between(started, clock.instant()));
    }

    private static String minutesSeconds(Duration duration) {
        return String.format("%02d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
