package org.faultdesk.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;

/**
 * The escalation ladders sla-monitor runs with in these tests ({@code sla/e2e-escalation-ladders.csv}),
 * read from the same file, so the expected stages are the configured ones.
 */
final class TestLadder {

    /** A stage: at {@code percent} of the allowed time, a warning or an escalation of {@code level}. */
    record Stage(int number, int percent, boolean warning, int level, List<EscalationRole> roles) {

        /** When the stage falls due for a clock started at {@code start} with {@code allowance}. */
        Instant dueAt(Instant start, Duration allowance) {
            return start.plusMillis(allowance.toMillis() * percent / 100);
        }
    }

    private TestLadder() {
    }

    static List<Stage> of(CustomerTier tier) {
        List<String[]> rows = rows();
        String key = rows.stream().anyMatch(r -> r[0].equals(tier.name())) ? tier.name() : "*";
        List<String[]> ladder = rows.stream().filter(r -> r[0].equals(key)).toList();
        return IntStream.range(0, ladder.size())
                .mapToObj(i -> {
                    String[] r = ladder.get(i);
                    return new Stage(i + 1, Integer.parseInt(r[1]), r[2].equals("WARNING"), Integer.parseInt(r[3]),
                            Arrays.stream(r[4].split("\\+")).map(EscalationRole::valueOf).toList());
                })
                .toList();
    }

    private static List<String[]> rows() {
        try (InputStream in = TestLadder.class.getClassLoader().getResourceAsStream("sla/e2e-escalation-ladders.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
