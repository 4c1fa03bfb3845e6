package org.faultdesk.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.EscalationRole;

/** The directory as the routing sees it: the roster read from the database, asked for "now". */
@ApplicationScoped
public class Directory {

    @Inject
    Clock clock;

    @ConfigProperty(name = "faultdesk.notification.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    /** Who to tell for {@code role} in the area now, with the fallback up the hierarchy. */
    public Optional<OnCall> onCallNow(EscalationRole role, String areaCode, String teamId) {
        return onCallAt(role, areaCode, teamId, clock.instant());
    }

    public Optional<OnCall> onCallAt(EscalationRole role, String areaCode, String teamId, Instant at) {
        List<Shift> shifts = OnCallShift.<OnCallShift>listAll().stream().map(OnCallShift::toShift).toList();
        return new OnCallRoster(shifts, zone).whoIsOnCall(role, areaCode, teamId, at);
    }

    /** The person on call, looked up in the directory. */
    public Optional<Person> personOnCallNow(EscalationRole role, String areaCode, String teamId) {
        return onCallNow(role, areaCode, teamId).map(onCall -> Person.<Person>findById(onCall.personId()));
    }
}
