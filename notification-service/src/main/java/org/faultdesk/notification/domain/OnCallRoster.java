package org.faultdesk.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.faultdesk.events.EscalationRole;

/**
 * Finds who holds a role for an area at a moment, climbing {@link EscalationLadder} until someone
 * does: an alert is never dropped because a seat is empty.
 */
public final class OnCallRoster {

    private final List<Shift> shifts;
    private final ZoneId zone;

    public OnCallRoster(List<Shift> shifts, ZoneId zone) {
        this.shifts = List.copyOf(shifts);
        this.zone = zone;
    }

    /**
     * The person to tell for {@code role} in {@code areaCode} at {@code at}. For a team lead, the
     * lead of {@code teamId} comes first, then any team lead of the area.
     */
    public Optional<OnCall> whoIsOnCall(EscalationRole role, String areaCode, String teamId, Instant at) {
        for (EscalationRole holding = role; holding != null; holding = EscalationLadder.above(holding).orElse(null)) {
            Optional<Shift> shift = holder(holding, areaCode, teamId, at);
            if (shift.isPresent()) {
                return Optional.of(new OnCall(shift.get().personId(), role, holding));
            }
        }
        return Optional.empty();
    }

    private Optional<Shift> holder(EscalationRole role, String areaCode, String teamId, Instant at) {
        Comparator<Shift> mostSpecific = Comparator
                .comparing((Shift s) -> teamId != null && teamId.equals(s.teamId()))
                .thenComparingInt(s -> s.areaMatch(areaCode))
                .thenComparingLong(s -> -s.id()); // stable: the older roster line wins a tie
        return shifts.stream()
                .filter(s -> s.role() == role)
                .filter(s -> s.areaMatch(areaCode) > 0 || teamId != null && teamId.equals(s.teamId()))
                .filter(s -> s.covers(at, zone))
                .max(mostSpecific);
    }
}
