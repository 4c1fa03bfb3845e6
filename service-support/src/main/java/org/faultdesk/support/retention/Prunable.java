package org.faultdesk.support.retention;

/**
 * Rows of a table that may go once older than the retention horizon: {@code timeColumn} says how
 * old a row is, {@code condition} (SQL, or null) which rows are finished with.
 *
 * @param table      the table
 * @param timeColumn a timestamptz column: rows older than the horizon by it are pruned
 * @param condition  an extra SQL condition a row must meet, e.g. "status in ('SENT', 'FAILED')"; null for none
 */
public record Prunable(String table, String timeColumn, String condition) {

    public Prunable {
        if (!table.matches("[a-z_]+") || !timeColumn.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a table and a column name, got " + table + "." + timeColumn);
        }
    }

    public static Prunable olderThan(String table, String timeColumn) {
        return new Prunable(table, timeColumn, null);
    }

    public Prunable when(String sqlCondition) {
        return new Prunable(table, timeColumn, sqlCondition);
    }
}
