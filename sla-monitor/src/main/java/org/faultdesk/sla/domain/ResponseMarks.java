package org.faultdesk.sla.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A response clock's marks, derived from its ticket's: the clock stops when its milestone is
 * proved (met or breached, as the restore clock at resolution), ends without an outcome when the
 * ticket is cancelled or rejected first, and pauses with the ticket only if its policy says so.
 * The ticket's own resolution is not a stop here: it meets a milestone only where the milestone
 * file says so. Derived on every change, so a proof or a status that arrives late still gives the
 * right clock.
 */
public final class ResponseMarks {

    private ResponseMarks() {
    }

    public static List<ClockMark> derive(List<ClockMark> ticketMarks, ResponsePolicy.Pause pause, Optional<Instant> provedAt) {
        List<ClockMark> marks = new ArrayList<>();
        long lastSeq = 0;
        for (ClockMark mark : ticketMarks) {
            lastSeq = Math.max(lastSeq, mark.seq());
            boolean kept = switch (mark.type()) {
                case CANCEL -> true;
                case PAUSE, RUN -> pause == ResponsePolicy.Pause.PAUSES_WHILE_PENDING;
                case STOP -> false;
            };
            // What happens after the milestone no longer concerns its clock.
            if (kept && provedAt.map(proved -> mark.at().isBefore(proved)).orElse(true)) {
                marks.add(mark);
            }
        }
        long stopSeq = lastSeq + 1;
        provedAt.ifPresent(proved -> marks.add(new ClockMark(proved, ClockMark.Type.STOP, stopSeq)));
        return marks;
    }

    /** When the milestone was first proved: by an event of its own, or by one that proves every milestone. */
    public static Optional<Instant> provedAt(Map<String, Instant> proofs, String milestone) {
        return Stream.of(proofs.get(milestone), proofs.get(MilestoneProofs.ANY))
                .filter(Objects::nonNull).min(Instant::compareTo);
    }
}
