package org.faultdesk.dispatch.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketClassification;

/**
 * What was heard about a ticket before its work order existed: events about one ticket come on
 * several topics and can be read in any order. A ticket that ended first gets no work order when
 * its opening arrives late; a reclassification or deadline read first is taken over by the order.
 */
@Entity
@Table(name = "early_ticket_facts")
public class EarlyTicketFacts extends PanacheEntityBase {

    /** The events' own mapper: the classification is kept exactly as the events carry it. */
    private static final ObjectMapper JSON = EventJson.mapper();

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_note")
    public String endNote;

    /** {@link org.faultdesk.events.TicketClassification} as JSON, from the latest ticket-updated. */
    public String classification;

    @Column(name = "classified_at")
    public Instant classifiedAt;

    @Column(name = "sla_deadline")
    public Instant slaDeadline;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public boolean ended() {
        return endedAt != null;
    }

    /** Keeps the first end heard of: resolved, cancelled, rejected or closed. */
    public void end(Instant at, String note) {
        if (!ended()) {
            endedAt = at;
            endNote = note;
        }
    }

    /** Keeps a reclassification unless a later one was kept already. */
    public void reclassified(TicketClassification latest, Instant at) {
        if (classifiedAt == null || at.isAfter(classifiedAt)) {
            classification = write(latest);
            classifiedAt = at;
        }
    }

    /** The kept classification, if it was made after {@code openedAt}. */
    public Optional<TicketClassification> classificationSince(Instant openedAt) {
        if (classification == null || classifiedAt.isBefore(openedAt)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(classification, TicketClassification.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("early_ticket_facts of " + ticketId + " holds an unreadable classification", e);
        }
    }

    private static String write(TicketClassification c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a classification", e);
        }
    }
}
