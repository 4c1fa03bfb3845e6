package org.faultdesk.sla.domain;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;

/**
 * The escalation ladders: the restore clock's by customer tier ({@code *} for tiers not listed),
 * and the response clocks' by milestone ({@code response:<milestone>}, {@code response:*} for
 * milestones not listed; without it, a missed response escalates to no one and the file is refused).
 *
 * <p>File format (CSV, {@code #} comments): {@code ladder,percent,WARNING|ESCALATION,level,role[+role…]},
 * e.g. {@code *,100,ESCALATION,1,AREA_MANAGER+CUSTOMER_SERVICE_CENTRE}. Stages are numbered per
 * ladder in order of percent.
 */
public final class EscalationLadders {

    /** The ladder of every tier without its own. */
    public static final String ANY_TIER = "*";
    /** Prefix of a response milestone's ladder; {@code response:*} is every milestone's without its own. */
    public static final String RESPONSE = "response:";

    private final Map<String, List<EscalationStage>> ladders;

    public EscalationLadders(Map<String, List<EscalationStage>> ladders) {
        this.ladders = new LinkedHashMap<>(ladders);
        if (!ladders.containsKey(ANY_TIER)) {
            throw new IllegalArgumentException("the escalation ladders need a '*' ladder for tiers not listed");
        }
        if (!ladders.containsKey(RESPONSE + "*")) {
            throw new IllegalArgumentException("the escalation ladders need a 'response:*' ladder for response milestones");
        }
        ladders.keySet().stream().filter(key -> !key.equals(ANY_TIER) && !key.startsWith(RESPONSE))
                .forEach(tier -> Csv.enumOrAny(CustomerTier.class, tier)); // an unknown tier is an error
    }

    /** The restore clock's ladder for the tier. */
    public List<EscalationStage> ladder(CustomerTier tier) {
        return ladders.getOrDefault(tier.name(), ladders.get(ANY_TIER));
    }

    /** A response clock's ladder. */
    public List<EscalationStage> responseLadder(String milestone) {
        return ladders.getOrDefault(RESPONSE + milestone, ladders.get(RESPONSE + "*"));
    }

    /** Stage {@code number} (from 1) of the ladder, if the ladder is that long. */
    public static Optional<EscalationStage> stage(List<EscalationStage> ladder, int number) {
        return number >= 1 && number <= ladder.size() ? Optional.of(ladder.get(number - 1)) : Optional.empty();
    }

    /** Stage {@code number} (from 1) of the tier's restore ladder. */
    public Optional<EscalationStage> stage(CustomerTier tier, int number) {
        return stage(ladder(tier), number);
    }

    /** Every ladder by its name in the file ("*" first), for the policies endpoint. */
    public Map<String, List<EscalationStage>> all() {
        return new LinkedHashMap<>(ladders);
    }

    public static EscalationLadders parse(Reader reader) {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        Csv.forEachRow(reader, "escalation ladders", (content, lineNumber) -> {
            String[] f = Csv.fields(content, 5);
            rows.computeIfAbsent(f[0], ladder -> new ArrayList<>()).add(f);
        });
        Map<String, List<EscalationStage>> ladders = new LinkedHashMap<>();
        if (rows.containsKey(ANY_TIER)) {
            ladders.put(ANY_TIER, ladder(rows.get(ANY_TIER)));
        }
        rows.forEach((name, stages) -> ladders.putIfAbsent(name, ladder(stages)));
        return new EscalationLadders(ladders);
    }

    private static List<EscalationStage> ladder(List<String[]> rows) {
        List<String[]> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(f -> Integer.parseInt(f[1])));
        List<EscalationStage> ladder = new ArrayList<>();
        for (String[] f : sorted) {
            List<EscalationRole> roles = Arrays.stream(f[4].split("\\+"))
                    .map(role -> Csv.enumOrAny(EscalationRole.class, role.trim()))
                    .toList();
            ladder.add(new EscalationStage(ladder.size() + 1, Integer.parseInt(f[1]),
                    EscalationStage.Kind.valueOf(f[2]), Integer.parseInt(f[3]), roles));
        }
        return ladder;
    }
}
