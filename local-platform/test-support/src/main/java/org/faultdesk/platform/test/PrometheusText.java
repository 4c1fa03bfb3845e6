package org.faultdesk.platform.test;

import java.util.Arrays;

/** Reads a figure out of a service's {@code /q/metrics} page (the Prometheus text format). */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of the values of every series of {@code name} on the page that has each of
     * {@code labels} (written as on the page: {@code clock="restore"}); 0 if there is none.
     */
    public static double sum(String page, String name, String... labels) {
        return page.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(label -> seriesOf(line, name).contains(label)))
                .mapToDouble(line -> Double.parseDouble(line.substring(seriesOf(line, name).length() + 1).split(" ")[0]))
                .sum();
    }

    /**
     * The name and labels of a line {@code name{labels} value [# exemplar]}: with OpenTelemetry the
     * metrics carry exemplars after the value, so the value is the first word after the labels.
     */
    private static String seriesOf(String line, String name) {
        return line.startsWith(name + "{") ? line.substring(0, line.indexOf("} ") + 1) : name;
    }
}
