package org.faultdesk.ticket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A TMF621 note to add; author defaults to the caller (X-Actor). */
public record NoteInputDto(@NotBlank @Size(max = 4000) String text, @Size(max = 120) String author) {
}
