package org.faultdesk.events;

/**
 * The time a policy allows to restore service: wall-clock hours (24×7) or working days (which
 * skip weekends and public holidays and honour make-up working days, 调休).
 */
public record Allowance(long amount, Unit unit) {

    /** How {@link #amount()} is counted. */
    public enum Unit { HOURS, MINUTES, WORKING_DAYS }

    public Allowance {
        if (amount < 1) {
            throw new IllegalArgumentException("field 'amount' must be 1 or more, was " + amount);
        }
        Require.present(unit, "unit");
    }

    public static Allowance hours(long hours) {
        return new Allowance(hours, Unit.HOURS);
    }

    public static Allowance workingDays(long days) {
        return new Allowance(days, Unit.WORKING_DAYS);
    }
}
