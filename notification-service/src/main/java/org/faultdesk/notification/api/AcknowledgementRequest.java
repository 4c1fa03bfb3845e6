package org.faultdesk.notification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supervisor taking an escalation in hand: who they are (a person id of the directory). */
public record AcknowledgementRequest(@NotBlank @Size(max = 64) String acknowledgedBy) {
}
