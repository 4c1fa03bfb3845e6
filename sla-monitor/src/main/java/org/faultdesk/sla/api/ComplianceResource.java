package org.faultdesk.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.faultdesk.events.SlaClocks;
import org.faultdesk.sla.app.SlaRules;
import org.faultdesk.sla.persistence.ComplianceStore;
import org.faultdesk.support.problem.ProblemException;
import org.faultdesk.support.security.Roles;

/** Compliance with restore and response deadlines over a period, grouped by tier, service type and area. */
@Path("/sla/compliance")
@RolesAllowed({Roles.SUPERVISOR, Roles.OPS, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    private static final int MAX_DAYS = 366;

    @Inject
    ComplianceStore store;

    @Inject
    SlaRules rules;

    @GET
    public ComplianceView report(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        if (!to.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ProblemException(400, "invalid-period", "Invalid period",
                    "'to' must be after 'from' and at most " + MAX_DAYS + " days later; got from=" + from + ", to=" + to);
        }
        ZoneId zone = rules.calendar().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        return new ComplianceView(from, to, zone.getId(), group(store.total(SlaClocks.RESTORE, start, end)),
                store.grouped(SlaClocks.RESTORE, start, end).stream().map(ComplianceResource::group).toList(),
                rules.responses().milestones().stream().map(milestone -> new ComplianceView.ResponseClock(milestone,
                        group(store.total(milestone, start, end)),
                        store.grouped(milestone, start, end).stream().map(ComplianceResource::group).toList())).toList());
    }

    private static ComplianceView.Group group(ComplianceStore.Figures figures) {
        long tickets = figures.tickets();
        return new ComplianceView.Group(figures.customerTier(), figures.serviceType(), figures.areaCode(), tickets,
                tickets == 0 ? 0 : (double) figures.met() / tickets, millis(figures.meanTimeToRestoreMs()),
                millis(figures.p90TimeToRestoreMs()), figures.breaches());
    }

    private static Duration millis(Double value) {
        return value == null ? null : Duration.ofMillis(Math.round(value));
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(400, "missing-parameter", "Missing query parameter",
                    "query parameter '" + name + "' is required (a date such as 2026-11-01)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "invalid-parameter", "Invalid query parameter",
                    "query parameter '" + name + "' must be a date such as 2026-11-01, got '" + text + "'");
        }
    }
}
