package org.faultdesk.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.SlaClockStarted;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.TicketKind;
import org.faultdesk.events.TicketStatus;
import org.faultdesk.ticket.domain.CallbackTask;
import org.faultdesk.ticket.domain.ContactLanguage;
import org.faultdesk.ticket.domain.ResponseDeadline;

/**
 * A TMF621 TroubleTicket as the API shows it, with this domain's extensions. Its fields are the one
 * list of what a ticket shows: {@link TicketViews} fills them by name, {@code fields=} selects among
 * them, and the JSON lists them in this order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TroubleTicketView {

    public String id;
    public String href;
    @JsonProperty("@type")
    public String type;
    public String name;
    public String description;
    public Severity severity;
    public int priority;
    public TicketKind ticketType;
    public TicketStatus status;
    public Instant statusChangeDate;
    public String statusChangeReason;
    public List<StatusChangeView> statusChangeHistory;
    public Instant creationDate;
    public Instant lastUpdate;
    public Instant requestedResolutionDate;
    public Instant expectedResolutionDate;
    public Instant resolutionDate;
    public String resolutionCode;
    public String externalIdentifier;
    public String channel;
    public List<NoteView> note;
    public List<RelatedPartyRef> relatedParty;
    public ServiceType serviceType;
    public CustomerTier customerTier;
    public FaultScope faultScope;
    public Locality locality;
    public String areaCode;
    public ContactView customerContact;
    public SlaClockStarted.ClockState slaClockState;
    public int escalationLevel;
    public int escalationStage;
    public EscalationRole escalationRole;
    public Instant escalationDate;
    public SlaOutcome slaOutcome;
    /** Extension: the response deadlines beside the restore deadline (expectedResolutionDate), one per clock. */
    public List<ResponseDeadlineView> responseDeadline;
    /** Extension: the callback after the resolution (回访), once there is one. */
    public CallbackSummary callback;

    /** One entry of the status history (TMF StatusChange, plus who made it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChangeView(TicketStatus status, Instant changeDate, String changeReason, String actor) {
    }

    /**
     * A response deadline: {@code clock} names the milestone (work-order, complaint-reply,
     * visit-booked); {@code deadline} is null while paused; {@code state} RUNNING, PAUSED, MET or
     * BREACHED; {@code metAt} when the milestone was reached.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseDeadlineView(String clock, Instant deadline, ResponseDeadline.State state, Instant metAt) {
    }

    /** The ticket's latest callback: OPEN, REACHED, UNREACHABLE or CANCELLED; failed calls; the customer's answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallbackSummary(CallbackTask.State state, int failedAttempts, CallbackTask.Satisfaction satisfaction) {
    }

    /** A TMF Note. */
    public record NoteView(String id, Instant date, String author, String text) {
    }

    /** The customer's contact, for the call centre that owns the ticket. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(String name, String phone, String email, String address, ContactLanguage language) {
    }
}
