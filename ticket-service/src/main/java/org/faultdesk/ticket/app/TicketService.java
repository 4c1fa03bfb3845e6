package org.faultdesk.ticket.app;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.events.TicketUpdated.Change;
import org.faultdesk.support.outbox.Outbox;
import org.faultdesk.ticket.domain.CustomerContact;
import org.faultdesk.ticket.domain.IdempotencyConflictException;
import org.faultdesk.ticket.domain.IllegalTransitionException;
import org.faultdesk.ticket.domain.NewTicket;
import org.faultdesk.ticket.domain.Ticket;
import org.faultdesk.ticket.domain.TicketEdit;
import org.faultdesk.ticket.domain.TicketEvents;
import org.faultdesk.ticket.domain.TicketLifecycle;
import org.faultdesk.ticket.domain.TicketNotFoundException;
import org.faultdesk.ticket.domain.TicketNumbers;
import org.faultdesk.ticket.persistence.TicketStore;
import org.jboss.logging.Logger;

/**
 * Opens and changes tickets: each change and the event that reports it are committed together
 * (transactional outbox), so an event exists exactly when its change does.
 */
@ApplicationScoped
public class TicketService {

    private static final Logger LOG = Logger.getLogger(TicketService.class);

    /** The ticket a create request led to, and whether this request created it. */
    public record Creation(Ticket ticket, boolean created) {
    }

    @Inject
    TicketStore store;

    @Inject
    Outbox outbox;

    @Inject
    Callbacks callbacks;

    @Inject
    Clock clock;

    @Inject
    TransactionManager transactions;

    @Inject
    MeterRegistry meters;

    /** The day in a ticket id is the call centre's day, not UTC's. */
    @ConfigProperty(name = "faultdesk.ticket.id-zone", defaultValue = "Asia/Shanghai")
    ZoneId idZone;

    /**
     * Opens a ticket, or returns the one an earlier identical request opened: a request claims its
     * Idempotency-Key and its channel's external identifier first, and the database's primary key
     * decides between racing retries.
     *
     * @throws IdempotencyConflictException when a key was used before with a different request
     */
    @Transactional
    public Creation open(NewTicket request, String fingerprint, String idempotencyKey, String actor) {
        Instant now = now();
        String id = TicketNumbers.format(LocalDate.ofInstant(now, idZone), store.nextTicketNumber());
        List<ClaimKey> claims = claimKeys(request, idempotencyKey);
        for (int i = 0; i < claims.size(); i++) {
            ClaimKey claim = claims.get(i);
            if (!store.claim(claim.key(), id, fingerprint)) {
                TicketStore.Claim existing = store.claimOf(claim.key());
                if (!existing.fingerprint().equals(fingerprint)) {
                    throw new IdempotencyConflictException(claim.description(), existing.ticketId());
                }
                if (i > 0) {
                    discardEarlierClaims();
                }
                LOG.infof("ticket %s: create retried (%s), answering with the existing ticket",
                        existing.ticketId(), claim.description());
                return new Creation(Ticket.findById(existing.ticketId()), false);
            }
        }
        Ticket ticket = newTicket(id, request, idempotencyKey);
        ticket.open(actor, now);
        request.notes().forEach(note -> ticket.addNote(note.author(), note.text(), now));
        ticket.persist();
        outbox.publish(TicketEvents.opened(ticket));
        meters.counter("faultdesk.tickets.opened", "kind", ticket.kind.name(), "tier", ticket.customerTier.name()).increment();
        LOG.infof("ticket %s opened: %s %s for %s, channel %s, area %s", id, ticket.kind, ticket.serviceType,
                ticket.contact.masked(), ticket.channel, ticket.areaCode);
        return new Creation(ticket, true);
    }

    /** PostgreSQL keeps microseconds: what we answer and publish must equal what we store. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public Ticket get(String ticketId) {
        return Ticket.<Ticket>findByIdOptional(ticketId).orElseThrow(() -> new TicketNotFoundException(ticketId));
    }

    /**
     * Brings a ticket to the state a call centre asked for, computed from the locked ticket. Changes of tier, service type, kind,
     * scope, locality, area, severity or priority move the restore deadline, so they are events;
     * a change of status is one too.
     *
     * @throws IllegalTransitionException when the requested status cannot follow the current one
     */
    @Transactional
    public Ticket edit(String ticketId, Function<Ticket, TicketEdit> desiredState, String actor) {
        Ticket ticket = store.findForUpdate(ticketId).orElseThrow(() -> new TicketNotFoundException(ticketId));
        // Derived from the locked ticket, so a concurrent edit is never overwritten with stale values.
        TicketEdit edit = desiredState.apply(ticket);
        Instant now = now();
        TicketStatus before = ticket.status;
        if (edit.status() != before) {
            TicketLifecycle.check(before, edit.status()); // refuse before anything else changes
        }
        Set<Change> changes = EnumSet.noneOf(Change.class);
        TicketClassification wanted = edit.classification();
        if (wanted.priority() != ticket.priority) {
            changes.add(Change.PRIORITY);
        }
        if (!withPriority(wanted, ticket.priority).equals(ticket.classification())) {
            changes.add(Change.CLASSIFICATION);
        }
        boolean detailsChanged = applyDetails(ticket, edit);
        edit.newNotes().forEach(note -> ticket.addNote(note.author(), note.text(), now));
        if (!edit.newNotes().isEmpty()) {
            // Only that a person wrote (the complaint's first reply is proved by it), never what.
            changes.add(Change.NOTE);
        }
        if (!changes.isEmpty() || detailsChanged || !edit.newNotes().isEmpty()) {
            ticket.lastUpdate = now;
        }
        String reason = edit.statusChangeReason();
        if (edit.status() == TicketStatus.RESOLVED && before != TicketStatus.RESOLVED) {
            boolean reclassified = changes.contains(Change.CLASSIFICATION) || changes.contains(Change.PRIORITY);
            publishUpdate(ticket, changes, before, reason != null || !reclassified ? reason : "classification corrected",
                    actor, now);
            ticket.resolve(edit.resolutionCode() != null ? edit.resolutionCode() : "RESOLVED_BY_CALL_CENTRE",
                    reason, actor, now);
            outbox.publish(TicketEvents.resolved(ticket, actor));
        } else {
            if (edit.status() != before) {
                ticket.changeStatus(edit.status(), reason, actor, now);
                changes.add(Change.STATUS);
            }
            publishUpdate(ticket, changes, before, reason, actor, now);
        }
        callbacks.statusChanged(ticket, before, ticket.status, now);
        LOG.infof("ticket %s edited by %s: status %s → %s, changes %s", ticketId, actor, before, ticket.status, changes);
        return ticket;
    }

    /**
     * A status change reported from outside a PATCH (the field, via dispatch; the callback's
     * outcome): applied if the lifecycle allows it, skipped with a log line if the ticket already
     * moved on (closed, cancelled…).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyReportedStatus(Ticket ticket, TicketStatus to, String resolutionCode, String reason, String actor,
                                 Instant at) {
        TicketStatus before = ticket.status;
        if (before == to) {
            return;
        }
        if (!TicketLifecycle.allows(before, to)) {
            LOG.infof("ticket %s: reported step '%s' ignored, the ticket is %s", ticket.id, reason, before.tmfName());
            return;
        }
        if (to == TicketStatus.RESOLVED) {
            ticket.resolve(resolutionCode, reason, actor, at);
            outbox.publish(TicketEvents.resolved(ticket, actor));
        } else {
            ticket.changeStatus(to, reason, actor, at);
            outbox.publish(TicketEvents.updated(ticket, EnumSet.of(Change.STATUS), before, reason, actor, at));
        }
        callbacks.statusChanged(ticket, before, to, at);
        LOG.infof("ticket %s: %s → %s (%s)", ticket.id, before.tmfName(), to.tmfName(), reason);
    }

    private void publishUpdate(Ticket ticket, Set<Change> changes, TicketStatus before, String reason, String actor,
                               Instant at) {
        if (!changes.isEmpty()) {
            outbox.publish(TicketEvents.updated(ticket, changes, before, reason, actor, at));
        }
    }

    private static boolean applyDetails(Ticket ticket, TicketEdit edit) {
        boolean changed = !Objects.equals(ticket.name, edit.name())
                || !Objects.equals(ticket.description, edit.description())
                || !Objects.equals(ticket.requestedResolutionDate, edit.requestedResolutionDate())
                || !sameContact(ticket.contact, edit.contact());
        ticket.classify(edit.classification());
        ticket.name = edit.name();
        ticket.description = edit.description();
        ticket.requestedResolutionDate = edit.requestedResolutionDate();
        ticket.contact = edit.contact();
        return changed;
    }

    /** Priority is reported as its own change, so the classification is compared without it. */
    private static TicketClassification withPriority(TicketClassification c, int priority) {
        return new TicketClassification(c.kind(), c.serviceType(), c.customerTier(), c.severity(), priority,
                c.faultScope(), c.locality(), c.areaCode());
    }

    private static boolean sameContact(CustomerContact a, CustomerContact b) {
        return Objects.equals(a.name, b.name) && Objects.equals(a.phone, b.phone) && Objects.equals(a.email, b.email)
                && Objects.equals(a.address, b.address) && a.language == b.language;
    }

    private static Ticket newTicket(String id, NewTicket request, String idempotencyKey) {
        Ticket ticket = new Ticket();
        ticket.id = id;
        ticket.name = request.name();
        ticket.description = request.description();
        ticket.classify(request.classification());
        ticket.channel = request.channel();
        ticket.externalIdentifier = request.externalIdentifier();
        ticket.idempotencyKey = idempotencyKey;
        ticket.requestedResolutionDate = request.requestedResolutionDate();
        ticket.contact = request.contact();
        ticket.relatedParty = request.relatedParty();
        return ticket;
    }

    /** A key that only one create request may hold, and how to name it in an answer. */
    private record ClaimKey(String key, String description) {
    }

    private static List<ClaimKey> claimKeys(NewTicket request, String idempotencyKey) {
        List<ClaimKey> keys = new ArrayList<>(2);
        if (idempotencyKey != null) {
            keys.add(new ClaimKey("key:" + idempotencyKey, "Idempotency-Key '" + idempotencyKey + "'"));
        }
        if (request.externalIdentifier() != null) {
            keys.add(new ClaimKey("ext:" + request.channel() + ":" + request.externalIdentifier(),
                    "externalIdentifier '" + request.externalIdentifier() + "' of channel '" + request.channel() + "'"));
        }
        return keys;
    }

    /** This request's earlier claim must not outlive it: the ticket it named is never created. */
    private void discardEarlierClaims() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot mark the transaction for rollback", e);
        }
    }
}
