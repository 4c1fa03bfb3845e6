package org.faultdesk.platform.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * How the simulated technician works a work order: accept it, set off, arrive, restore and have
 * the customer sign — dispatch's steps, each after a pause of a few seconds such as a person
 * takes (reading the order, driving, the repair itself). One repair in five is difficult (a part
 * to fetch, a cable to splice) and takes 45 s to two minutes, and an installation always takes
 * one to two minutes (a fibre drop to pull, an ONT to mount), so that short demo deadlines are
 * sometimes missed even where technicians work. A technician whose order is due within two
 * minutes hurries: every pause is halved.
 */
public final class TechnicianWalk {

    /** A step of the visit: its path under dispatch's work-order resource and its pause in seconds. */
    public enum Step {
        ACCEPT("accept", 2, 8),
        SET_OFF("en-route", 3, 10),
        ARRIVE("arrival", 5, 15),
        COMPLETE("completion", 5, 20);

        private final String path;
        private final int minSeconds;
        private final int maxSeconds;

        Step(String path, int minSeconds, int maxSeconds) {
            this.path = path;
            this.minSeconds = minSeconds;
            this.maxSeconds = maxSeconds;
        }

        public String path() {
            return path;
        }
    }

    static final Duration HURRY_WHEN_DUE_WITHIN = Duration.ofMinutes(2);
    static final int DIFFICULT_REPAIR_MIN_SECONDS = 45;
    static final int INSTALLATION_MIN_SECONDS = 60;
    static final int LONGEST_WORK_SECONDS = 120;

    private static final Map<String, List<String>> RESOLUTION_CODES = Map.of(
            "HOME_BROADBAND", List.of("ONT_REPLACED", "DROP_FIBRE_SPLICED", "ROUTER_RECONFIGURED"),
            "MOBILE_NETWORK", List.of("SITE_RESTARTED"));
    private static final List<String> LEASED_LINE_CODES = List.of("FIBRE_SPLICED", "LINE_CARD_REPLACED", "CPE_REPLACED");

    private TechnicianWalk() {
    }

    /**
     * The technician's next step for a work order in dispatch's {@code status}; none when the order
     * waits for someone else (a technician, the customer) or is closed.
     */
    public static Optional<Step> next(String status) {
        return switch (status) {
            case "ASSIGNED" -> Optional.of(Step.ACCEPT);
            case "ACCEPTED", "BOOKED" -> Optional.of(Step.SET_OFF);
            case "EN_ROUTE" -> Optional.of(Step.ARRIVE);
            case "ON_SITE" -> Optional.of(Step.COMPLETE);
            default -> Optional.empty();
        };
    }

    /**
     * The pause before {@code step} of a work order of {@code kind} (dispatch's ticket kind);
     * {@code untilDeadline} is null when the deadline is unknown.
     */
    public static Duration pause(Step step, String kind, Duration untilDeadline, Random random) {
        Duration pause;
        if (step == Step.COMPLETE && "INSTALLATION".equals(kind)) {
            pause = Pauses.between(INSTALLATION_MIN_SECONDS, LONGEST_WORK_SECONDS, random);
        } else if (step == Step.COMPLETE && random.nextInt(5) == 0) {
            pause = Pauses.between(DIFFICULT_REPAIR_MIN_SECONDS, LONGEST_WORK_SECONDS, random);
        } else {
            pause = Pauses.between(step.minSeconds, step.maxSeconds, random);
        }
        boolean hurry = untilDeadline != null && untilDeadline.compareTo(HURRY_WHEN_DUE_WITHIN) < 0;
        return hurry ? Duration.ofMillis(pause.toMillis() / 2) : pause;
    }

    /** What the technician reports on completion: a code that fits the service, and the customer's signature. */
    public static Map<String, Object> completion(String kind, String serviceType, Random random) {
        String code = "INSTALLATION".equals(kind) ? "INSTALLED" : pick(
                RESOLUTION_CODES.getOrDefault(serviceType, LEASED_LINE_CODES), random);
        return Map.of("resolutionCode", code, "notes", "restored on site (demo)", "customerSignedOff", true);
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
