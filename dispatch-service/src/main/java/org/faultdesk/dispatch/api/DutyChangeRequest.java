package org.faultdesk.dispatch.api;

import jakarta.validation.constraints.NotNull;

/** Puts a technician on or off duty. */
public record DutyChangeRequest(@NotNull Boolean onDuty) {
}
