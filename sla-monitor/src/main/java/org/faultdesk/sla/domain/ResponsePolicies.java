package org.faultdesk.sla.domain;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultdesk.events.TicketClassification;

/**
 * The response-deadline table: for each milestone, the most specific row that covers a ticket
 * (ties: the row written first) gives that ticket a response clock; a milestone no row covers
 * gives none (there is no fallback: not every ticket owes every response).
 *
 * <p>File format (CSV, {@code #} comments): {@code milestone,PAUSES_WHILE_PENDING|RUNS_THROUGH,}
 * followed by a restore policy row ({@link RestorePolicies}): {@code key,kind,serviceType,
 * faultScope,locality,tier,allowance,limit,source,provenance}.
 */
public final class ResponsePolicies {

    private final List<ResponsePolicy> rows;

    public ResponsePolicies(List<ResponsePolicy> rows) {
        this.rows = List.copyOf(rows);
        if (rows.stream().map(ResponsePolicy::key).distinct().count() != rows.size()) {
            throw new IllegalArgumentException("response policy keys must be unique");
        }
    }

    /** The policy of each milestone that covers the classification, in the order the file names milestones. */
    public Map<String, ResponsePolicy> lookup(TicketClassification classification) {
        Map<String, ResponsePolicy> chosen = new LinkedHashMap<>();
        milestones().forEach(milestone -> RestorePolicies.mostSpecific(
                        rows.stream().filter(row -> row.milestone().equals(milestone)).toList(), ResponsePolicy::terms,
                        classification)
                .ifPresent(row -> chosen.put(milestone, row)));
        return chosen;
    }

    public List<ResponsePolicy> rows() {
        return rows;
    }

    /** Every milestone some row promises. */
    public List<String> milestones() {
        return rows.stream().map(ResponsePolicy::milestone).distinct().toList();
    }

    public static ResponsePolicies parse(Reader reader) {
        List<ResponsePolicy> rows = new ArrayList<>();
        Csv.forEachRow(reader, "response policies", (content, lineNumber) -> {
            String[] fields = content.split(",", 12);
            if (fields.length < 11) {
                throw new IllegalArgumentException("expected 11 or 12 comma-separated fields, found " + fields.length);
            }
            rows.add(new ResponsePolicy(fields[0].trim(), Csv.enumOrAny(ResponsePolicy.Pause.class, fields[1].trim()),
                    RestorePolicies.row(Arrays.copyOfRange(fields, 2, fields.length), lineNumber)));
        });
        return new ResponsePolicies(rows);
    }
}
