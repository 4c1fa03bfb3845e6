package org.faultdesk.sla.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.sla.domain.BusinessCalendar;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.events.Topics;
import org.faultdesk.sla.domain.EscalationLadders;
import org.faultdesk.sla.domain.EscalationStage;
import org.faultdesk.sla.domain.MilestoneProofs;
import org.faultdesk.sla.domain.ResponsePolicies;
import org.faultdesk.sla.domain.RestorePolicies;
import org.faultdesk.sla.persistence.CalendarYearRow;
import org.jboss.logging.Logger;

/**
 * The SLA rules in force: the restore-deadline table, the response-deadline table with the events
 * that prove each milestone, the escalation ladders and the business calendar. The tables and the
 * ladders are read once at start, from the copy bundled in the jar
 * unless the operator points a setting at a file of their own (rules change with a restart, not a
 * rebuild). The calendar is one public-holiday schedule per year: the bundled ones
 * ({@link #BUNDLED_CALENDARS}), replaced year by year by the operator's files, replaced in turn
 * by those an administrator loaded through the API ({@link #loadCalendarYear}), which every
 * instance reads again within {@link #CALENDAR_REFRESH} ({@link CalendarCheck}'s worker): reading
 * the calendar never goes to the database, so a consumer holding a connection never waits for another.
 */
@ApplicationScoped
public class SlaRules {

    /** The official schedules shipped with this release, each with its source in the file. */
    static final List<String> BUNDLED_CALENDARS = List.of("sla/calendar-2026.csv");
    /** How soon a schedule loaded on another instance is in force here. */
    static final Duration CALENDAR_REFRESH = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SlaRules.class);

    @ConfigProperty(name = "faultdesk.sla.policy-file")
    Optional<Path> policyFile;

    @ConfigProperty(name = "faultdesk.sla.response-policy-file")
    Optional<Path> responsePolicyFile;

    @ConfigProperty(name = "faultdesk.sla.milestone-file")
    Optional<Path> milestoneFile;

    @ConfigProperty(name = "faultdesk.sla.ladder-file")
    Optional<Path> ladderFile;

    @ConfigProperty(name = "faultdesk.sla.calendar-files")
    Optional<List<Path>> calendarFiles;

    @ConfigProperty(name = "faultdesk.sla.calendar-zone", defaultValue = "Asia/Shanghai")
    ZoneId calendarZone;

    @Inject
    Clock clock;

    /** The topics whose events can prove a milestone: those sla-monitor reads. */
    static final Set<String> PROOF_TOPICS = Set.of(Topics.TICKET_OPENED, Topics.TICKET_UPDATED,
            Topics.TICKET_RESOLVED, Topics.TICKET_DISPATCHED, Topics.WORK_ORDER_UPDATED);

    private RestorePolicies policies;
    private ResponsePolicies responses;
    private MilestoneProofs milestones;
    private EscalationLadders ladders;
    /** The bundled and the operator's schedules, by year. */
    private Map<Integer, BusinessCalendar.Year> fileYears;
    private volatile BusinessCalendar calendar;
    private volatile Map<Integer, CalendarYearRow> loadedYears = Map.of();

    @PostConstruct
    void load() {
        policies = RestorePolicies.parse(open(policyFile, "sla/restore-policies.csv"));
        responses = ResponsePolicies.parse(open(responsePolicyFile, "sla/response-policies.csv"));
        milestones = MilestoneProofs.parse(open(milestoneFile, "sla/milestones.csv"));
        milestones.checkCovers(responses.milestones(), PROOF_TOPICS);
        ladders = EscalationLadders.parse(open(ladderFile, "sla/escalation-ladders.csv"));
        fileYears = new TreeMap<>();
        BUNDLED_CALENDARS.forEach(bundled -> put(fileYears, BusinessCalendar.parseYear(open(Optional.empty(), bundled))));
        calendarFiles.orElse(List.of()).forEach(file -> put(fileYears, BusinessCalendar.parseYear(open(Optional.of(file), null))));
        calendar = new BusinessCalendar(calendarZone, fileYears.values());
        LOG.infof("SLA rules loaded: %d restore policies (%s), %d response policies for %s, ladders for %s,"
                        + " calendar in %s with schedules for %s",
                policies.rows().size(), policyFile.map(Path::toString).orElse("bundled"), responses.rows().size(),
                responses.milestones(), ladders.all().keySet(),
                calendarZone, fileYears.keySet());
    }

    private static void put(Map<Integer, BusinessCalendar.Year> years, BusinessCalendar.Year year) {
        years.put(year.year(), year); // a later file replaces an earlier one of the same year
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

    public ResponsePolicies responses() {
        return responses;
    }

    public MilestoneProofs milestones() {
        return milestones;
    }

    public EscalationLadders ladders() {
        return ladders;
    }

    /** A clock's ladder: the restore clock's is its tier's, a response clock's its milestone's. */
    public List<EscalationStage> ladder(String clock, CustomerTier tier) {
        return SlaClocks.RESTORE.equals(clock) ? ladders.ladder(tier) : ladders.responseLadder(clock);
    }

    /** The calendar in force, with the schedules administrators loaded, as last read. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Who loaded each year's schedule through the API, and when (years from files are not in it). */
    public Map<Integer, CalendarYearRow> loadedCalendarYears() {
        return loadedYears;
    }

    /**
     * Puts a year's schedule in force on this instance at once, and on the others within
     * {@link #CALENDAR_REFRESH}: checked, stored as given, and read back.
     *
     * @throws IllegalArgumentException naming the line, when the file is not a schedule of {@code year}
     */
    public BusinessCalendar.Year loadCalendarYear(int year, String schedule, String by) {
        BusinessCalendar.Year parsed = BusinessCalendar.parseYear(new StringReader(schedule));
        if (parsed.year() != year) {
            throw new IllegalArgumentException("the file is the schedule of " + parsed.year() + ", not of " + year);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarYearRow row = CalendarYearRow.<CalendarYearRow>findByIdOptional(year).orElseGet(CalendarYearRow::new);
            row.year = year;
            row.source = parsed.source();
            row.schedule = schedule;
            row.loadedBy = by;
            row.loadedAt = clock.instant();
            row.persistAndFlush();
        });
        LOG.infof("calendar: the %d schedule (%d holidays, %d make-up working days; source %s) loaded by %s",
                year, parsed.holidays(), parsed.makeUpWorkingDays(), parsed.source(), by);
        refreshCalendar();
        return parsed;
    }

    /** Reads again the file schedules, each year replaced by the one an administrator loaded, if any. */
    public synchronized void refreshCalendar() {
        List<CalendarYearRow> rows = QuarkusTransaction.requiringNew().call(() -> CalendarYearRow.<CalendarYearRow>listAll());
        Map<Integer, BusinessCalendar.Year> years = new TreeMap<>(fileYears);
        Map<Integer, CalendarYearRow> loaded = new TreeMap<>();
        for (CalendarYearRow row : rows) {
            years.put(row.year, BusinessCalendar.parseYear(new StringReader(row.schedule)));
            loaded.put(row.year, row);
        }
        calendar = new BusinessCalendar(calendarZone, years.values());
        loadedYears = Map.copyOf(loaded);
    }
}
