package org.faultdesk.dispatch.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of the technician's steps. Notes are free text about the job: no customer data. */
public final class FieldRequests {

    private FieldRequests() {
    }

    /** Why the technician declines the work order. */
    public record DeclineRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** A visit window agreed with the customer. */
    public record AppointmentRequest(@NotNull Instant start, @NotNull Instant end, @Size(max = 500) String note) {
    }

    /** A note: what was left at the door, or what support is needed. */
    public record NoteRequest(@NotBlank @Size(max = 2000) String note) {
    }

    /** The job is done: what fixed it, and the customer signed the work order (工单签字). */
    public record CompletionRequest(
            @NotBlank @Size(max = 80) String resolutionCode,
            @Size(max = 2000) String notes,
            @NotNull @AssertTrue(message = "the customer must sign the work order off") Boolean customerSignedOff) {
    }
}
