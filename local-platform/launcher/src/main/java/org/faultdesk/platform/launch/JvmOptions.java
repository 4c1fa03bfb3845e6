package org.faultdesk.platform.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of every process the local platform starts, in one place.
 *
 * <p>Quick start (C1 only, one GC thread): on a 2-core machine four services start about twice as
 * fast (measured by ./platform demo: all four ready in 18–19 s instead of 35–90 s), which matters
 * where processes are started often and loads are light: the demo, the end-to-end tests, the
 * channel stand-ins and the simulator. {@code ./platform up} and the benchmarks keep the full JIT,
 * since they are about the services' peak performance.
 */
public final class JvmOptions {

    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private JvmOptions() {
    }

    /** {@code -Xmx<heap>}, with the quick-start options when asked. */
    public static List<String> of(String heap, boolean quickStart) {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heap);
        if (quickStart) {
            options.addAll(QUICK_START);
        }
        return options;
    }
}
