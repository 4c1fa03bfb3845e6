package org.faultdesk.sla.domain;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;

/**
 * The restore-deadline table. Lookup takes the most specific row that covers a ticket (ties: the
 * row written first); when none does, the row keyed {@value #FALLBACK_KEY} applies.
 *
 * <p>File format (CSV, {@code #} starts a comment, {@code *} matches anything):
 * {@code key,kind,serviceType,faultScope,locality,tier,allowance,limit,source,provenance} where an
 * allowance is {@code <amount> HOURS|MINUTES|WORKING_DAYS}, limit may be empty, source is SEED, BRIEF
 * or DEFAULT, and provenance (the rest of the line, commas allowed) says where the figure comes
 * from: the seed file and lines, or why the default. Without it, a row's provenance is its line.
 */
public final class RestorePolicies {

    public static final String FALLBACK_KEY = "fallback";

    private final List<RestorePolicy> rows;
    private final RestorePolicy fallback;

    public RestorePolicies(List<RestorePolicy> rows) {
        this.rows = List.copyOf(rows);
        this.fallback = rows.stream().filter(r -> r.key().equals(FALLBACK_KEY)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the policy table needs a row keyed '" + FALLBACK_KEY + "'"));
        long distinct = rows.stream().map(RestorePolicy::key).distinct().count();
        if (distinct != rows.size()) {
            throw new IllegalArgumentException("policy keys must be unique");
        }
    }

    public PolicyMatch lookup(TicketClassification classification) {
        return mostSpecific(rows.stream().filter(r -> r != fallback).toList(), r -> r, classification)
                .map(r -> new PolicyMatch(r, false))
                .orElse(new PolicyMatch(fallback, true));
    }

    /**
     * The rule of both tables: of the {@code rows} whose terms cover the classification, the most
     * specific; of equally specific ones, the one written first.
     */
    static <T> Optional<T> mostSpecific(List<T> rows, Function<T, RestorePolicy> terms,
                                        TicketClassification classification) {
        T best = null;
        for (T row : rows) {
            if (terms.apply(row).covers(classification)
                    && (best == null || terms.apply(row).specificity() > terms.apply(best).specificity())) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<RestorePolicy> rows() {
        return rows;
    }

    public static RestorePolicies parse(Reader reader) {
        List<RestorePolicy> rows = new ArrayList<>();
        Csv.forEachRow(reader, "restore policies", (content, lineNumber) -> rows.add(row(content.split(",", 10), lineNumber)));
        return new RestorePolicies(rows);
    }

    /** A row of the table's format, also the tail of a response policy's row. */
    static RestorePolicy row(String[] fields, int lineNumber) {
        if (fields.length < 9) {
            throw new IllegalArgumentException("expected 9 or 10 comma-separated fields, found " + fields.length);
        }
        String[] f = Arrays.stream(fields).map(String::trim).toArray(String[]::new);
        String provenance = f.length == 10 && !f[9].isEmpty() ? f[9] : "line " + lineNumber + " of the policy file";
        return new RestorePolicy(f[0],
                Csv.enumOrAny(TicketKind.class, f[1]),
                Csv.enumOrAny(ServiceType.class, f[2]),
                Csv.enumOrAny(FaultScope.class, f[3]),
                Csv.enumOrAny(Locality.class, f[4]),
                Csv.enumOrAny(CustomerTier.class, f[5]),
                allowance(f[6]),
                f[7].isEmpty() ? null : allowance(f[7]),
                RestorePolicy.Source.valueOf(f[8]), provenance);
    }

    static Allowance allowance(String text) {
        String[] parts = Objects.requireNonNull(text).trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("allowance '" + text + "' must read '<amount> HOURS|MINUTES|WORKING_DAYS'");
        }
        return new Allowance(Long.parseLong(parts[0]), Allowance.Unit.valueOf(parts[1]));
    }
}
