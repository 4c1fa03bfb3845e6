package org.faultdesk.sla.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Which event proves which milestone: data, not code, so an operator who counts a response
 * differently (say, the technician's acceptance rather than the work order) edits a file.
 *
 * <p>File format (CSV, {@code #} comments): {@code milestone,topic,condition}. {@code milestone}
 * is a name the response policies use, or {@code *} for every milestone; {@code topic} is the
 * event's topic ({@code work-order-updated}); {@code condition} is empty (every event of the
 * topic) or {@code field=value} on the event's top-level JSON field, where a list field matches
 * when one of its elements is the value ({@code changes=NOTE}).
 */
public final class MilestoneProofs {

    /** Every milestone. */
    public static final String ANY = "*";

    /** One proof: events of {@code topic} whose {@code field} is {@code value} (no field: all of them). */
    public record Proof(String milestone, String topic, String field, String value) {

        boolean matches(String eventTopic, JsonNode event) {
            if (!topic.equals(eventTopic)) {
                return false;
            }
            if (field == null) {
                return true;
            }
            JsonNode actual = event.get(field);
            if (actual == null) {
                return false;
            }
            if (actual.isArray()) {
                return StreamSupport.stream(actual.spliterator(), false).anyMatch(element -> element.asText().equals(value));
            }
            return actual.asText().equals(value);
        }

        /** How the file wrote it, for the policies endpoint. */
        public String condition() {
            return field == null ? "" : field + "=" + value;
        }
    }

    private final List<Proof> proofs;

    public MilestoneProofs(List<Proof> proofs) {
        this.proofs = List.copyOf(proofs);
    }

    /** The milestones (names, or {@link #ANY}) an event of {@code topic} proves; empty when none. */
    public List<String> provedBy(String topic, JsonNode event) {
        return proofs.stream().filter(proof -> proof.matches(topic, event)).map(Proof::milestone).distinct().toList();
    }

    public List<Proof> proofs() {
        return proofs;
    }

    /** Fails naming the milestones that no event can prove: their clocks could never be met. */
    public void checkCovers(List<String> milestones, Set<String> knownTopics) {
        List<String> unprovable = milestones.stream()
                .filter(m -> proofs.stream().noneMatch(p -> p.milestone().equals(m) || p.milestone().equals(ANY)))
                .toList();
        if (!unprovable.isEmpty()) {
            throw new IllegalArgumentException("no event proves the milestone(s) " + unprovable
                    + ": add a row to the milestone file");
        }
        proofs.stream().filter(p -> !knownTopics.contains(p.topic())).findFirst().ifPresent(p -> {
            throw new IllegalArgumentException("milestone " + p.milestone() + ": sla-monitor does not read topic '"
                    + p.topic() + "'; it reads " + knownTopics);
        });
    }

    public static MilestoneProofs parse(Reader reader) {
        List<Proof> proofs = new ArrayList<>();
        Csv.forEachRow(reader, "milestones", (content, lineNumber) -> {
            String[] f = Csv.fields(content, 3);
            if (f[0].isEmpty() || f[1].isEmpty()) {
                throw new IllegalArgumentException("a proof names a milestone (or *) and a topic");
            }
            if (f[2].isEmpty()) {
                proofs.add(new Proof(f[0], f[1], null, null));
                return;
            }
            int equals = f[2].indexOf('=');
            if (equals < 1 || equals == f[2].length() - 1) {
                throw new IllegalArgumentException("condition '" + f[2] + "' must read field=value");
            }
            proofs.add(new Proof(f[0], f[1], f[2].substring(0, equals).trim(), f[2].substring(equals + 1).trim()));
        });
        return new MilestoneProofs(proofs);
    }
}
