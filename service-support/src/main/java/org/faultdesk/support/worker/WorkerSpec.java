package org.faultdesk.support.worker;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * What a background worker is: its name, how often it runs when nothing wakes it, how long it
 * waits at most between failing passes, and optionally a gauge of the work waiting for it.
 * The defaults given here are overridden by configuration under {@code faultdesk.worker.<name>.}:
 * {@code enabled}, {@code poll-interval} and {@code max-backoff}.
 *
 * @param name          kebab-case, unique in the service: {@code outbox-relay}, {@code sla-timers}
 * @param pollInterval  the pause between passes when no pass found more work and nothing woke it
 * @param maxBackoff    the longest pause after failing passes (the pause doubles from the interval)
 * @param backlogMeter  the name of a gauge of waiting work, or null for none
 * @param backlog       reads the waiting work; called when the gauge is read
 * @param group         the name of a family of workers, or null: a setting not given for the worker
 *                      itself is read from {@code faultdesk.worker.<group>.*}
 */
public record WorkerSpec(String name, Duration pollInterval, Duration maxBackoff, String backlogMeter,
                         DoubleSupplier backlog, String group) {

    public WorkerSpec {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a worker's name is kebab-case, got " + name);
        }
    }

    public static WorkerSpec of(String name, Duration pollInterval, Duration maxBackoff) {
        return new WorkerSpec(name, pollInterval, maxBackoff, null, null, null);
    }

    /** The same worker with a gauge of the work waiting for it. */
    public WorkerSpec withBacklog(String meterName, DoubleSupplier reading) {
        return new WorkerSpec(name, pollInterval, maxBackoff, meterName, reading, group);
    }

    /** The same worker as one of a family configured together ({@code faultdesk.worker.<group>.*}). */
    public WorkerSpec inGroup(String familyName) {
        return new WorkerSpec(name, pollInterval, maxBackoff, backlogMeter, backlog, familyName);
    }

    /** The configuration key of one of the family's settings; null for a worker of no family. */
    public String groupKey(String setting) {
        return group == null ? null : "faultdesk.worker." + group + "." + setting;
    }

    /** The configuration key of one of this worker's settings. */
    public String key(String setting) {
        return "faultdesk.worker." + name + "." + setting;
    }
}
