package org.faultdesk.bench;

import java.util.Arrays;

/** The one percentile rule of every benchmark: nearest rank over sorted values. */
final class Percentiles {

    private Percentiles() {
    }

    /** The smallest value at or above which {@code p} percent of the values lie; -1 when there are none. */
    static long of(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(rank - 1, sorted.length - 1))];
    }

    /** The largest value; -1 when there are none. */
    static long max(long[] sorted) {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    /** The values, sorted (a copy). */
    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
