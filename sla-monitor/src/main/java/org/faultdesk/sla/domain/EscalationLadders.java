package org.faultdesk.sla.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;

/**
 * The escalation ladder of each customer tier; {@code *} gives the ladder of tiers not listed.
 *
 * <p>File format (CSV, {@code #} comments): {@code tier,percent,WARNING|ESCALATION,level,role[+role…]},
 * e.g. {@code *,100,ESCALATION,1,AREA_MANAGER+CUSTOMER_SERVICE_CENTRE}. Stages are numbered per
 * tier in order of percent.
 */
public final class EscalationLadders {

    private final Map<CustomerTier, List<EscalationStage>> byTier;
    private final List<EscalationStage> anyTier;

    public EscalationLadders(Map<CustomerTier, List<EscalationStage>> byTier, List<EscalationStage> anyTier) {
        this.byTier = new EnumMap<>(CustomerTier.class);
        this.byTier.putAll(byTier);
        this.anyTier = List.copyOf(anyTier);
        if (anyTier.isEmpty()) {
            throw new IllegalArgumentException("the escalation ladders need a '*' ladder for tiers not listed");
        }
    }

    public List<EscalationStage> ladder(CustomerTier tier) {
        return byTier.getOrDefault(tier, anyTier);
    }

    /** Stage {@code number} (from 1) of the tier's ladder, if the ladder is that long. */
    public Optional<EscalationStage> stage(CustomerTier tier, int number) {
        List<EscalationStage> ladder = ladder(tier);
        return number >= 1 && number <= ladder.size() ? Optional.of(ladder.get(number - 1)) : Optional.empty();
    }

    /** Every ladder by tier name ("*" for the default), for the policies endpoint. */
    public Map<String, List<EscalationStage>> all() {
        Map<String, List<EscalationStage>> all = new LinkedHashMap<>();
        all.put("*", anyTier);
        byTier.forEach((tier, ladder) -> all.put(tier.name(), ladder));
        return all;
    }

    public static EscalationLadders parse(Reader reader) {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String content = Csv.content(line);
                if (!content.isEmpty()) {
                    try {
                        String[] f = Csv.fields(content, 5);
                        rows.computeIfAbsent(f[0], t -> new ArrayList<>()).add(f);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("escalation ladders, line " + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<CustomerTier, List<EscalationStage>> byTier = new EnumMap<>(CustomerTier.class);
        List<EscalationStage> anyTier = List.of();
        for (Map.Entry<String, List<String[]>> tier : rows.entrySet()) {
            List<EscalationStage> ladder = ladder(tier.getValue());
            CustomerTier customerTier = Csv.enumOrAny(CustomerTier.class, tier.getKey());
            if (customerTier == null) {
                anyTier = ladder;
            } else {
                byTier.put(customerTier, ladder);
            }
        }
        return new EscalationLadders(byTier, anyTier);
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
