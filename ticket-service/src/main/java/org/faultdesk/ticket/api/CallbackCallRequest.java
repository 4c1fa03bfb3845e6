package org.faultdesk.ticket.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One call of a callback: whether the customer answered and, if so, whether they are satisfied
 * ({@code satisfied} or {@code unsatisfied}, required then and refused otherwise).
 */
public record CallbackCallRequest(
        @NotNull Boolean reached,
        @Pattern(regexp = "satisfied|unsatisfied") @Schema(enumeration = {"satisfied", "unsatisfied"}) String satisfaction,
        @Size(max = 500) String remark) {
}
