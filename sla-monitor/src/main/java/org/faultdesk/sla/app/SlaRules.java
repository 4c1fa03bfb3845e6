package org.faultdesk.sla.app;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.faultdesk.sla.domain.EscalationLadders;
import org.faultdesk.sla.domain.RestorePolicies;
import org.jboss.logging.Logger;

/**
 * The SLA rules in force, read once at start: the restore-deadline table, the escalation ladders
 * and the business calendar. Each comes from the copy bundled in the jar unless the operator
 * points a setting at a file of their own, so rules change with a restart, not a rebuild.
 */
@ApplicationScoped
public class SlaRules {

    private static final Logger LOG = Logger.getLogger(SlaRules.class);

    @ConfigProperty(name = "faultdesk.sla.policy-file")
    Optional<Path> policyFile;

    @ConfigProperty(name = "faultdesk.sla.ladder-file")
    Optional<Path> ladderFile;

    @ConfigProperty(name = "faultdesk.sla.calendar-files")
    Optional<List<Path>> calendarFiles;

    @ConfigProperty(name = "faultdesk.sla.calendar-zone", defaultValue = "Asia/Shanghai")
    ZoneId calendarZone;

    private RestorePolicies policies;
    private EscalationLadders ladders;
    private BusinessCalendar calendar;

    @PostConstruct
    void load() {
        policies = RestorePolicies.parse(open(policyFile, "sla/restore-policies.csv"));
        ladders = EscalationLadders.parse(open(ladderFile, "sla/escalation-ladders.csv"));
        List<Reader> years = new ArrayList<>();
        calendarFiles.orElse(List.of()).forEach(file -> years.add(open(Optional.of(file), null)));
        calendar = BusinessCalendar.parse(calendarZone, years);
        LOG.infof("SLA rules loaded: %d restore policies (%s), ladders for %s, calendar in %s with %d holiday/make-up dates",
                policies.rows().size(), policyFile.map(Path::toString).orElse("bundled"), ladders.all().keySet(),
                calendarZone, calendar.overrides());
    }

    private static Reader open(Optional<Path> file, String bundled) {
        try {
            if (file.isPresent()) {
                return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
            }
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(bundled);
            if (in == null) {
                throw new IllegalStateException("bundled rules missing: " + bundled);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SLA rules " + file.orElse(null), e);
        }
    }

    public RestorePolicies policies() {
        return policies;
    }

    public EscalationLadders ladders() {
        return ladders;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }
}
