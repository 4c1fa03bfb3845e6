package org.faultdesk.ticket.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Human-readable ticket ids, {@code TT-20261123-000123}: the call-centre agent reads the day out
 * loud, the number comes from a database sequence that is never reset, so ids are unique without
 * any coordination between instances (docs/adr/0010).
 */
public final class TicketNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TicketNumbers() {
    }

    public static String format(LocalDate day, long sequenceValue) {
        if (sequenceValue < 1) {
            throw new IllegalArgumentException("ticket sequence values start at 1, got " + sequenceValue);
        }
        return "TT-" + DAY.format(day) + "-" + String.format("%06d", sequenceValue);
    }
}
