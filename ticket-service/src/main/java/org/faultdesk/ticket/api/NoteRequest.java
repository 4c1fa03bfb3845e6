package org.faultdesk.ticket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.faultdesk.ticket.domain.NewNote;

/** A TMF621 note to add; the author defaults to the caller (X-Actor). Same order as the domain's NewNote. */
public record NoteRequest(@Size(max = 120) String author, @NotBlank @Size(max = 4000) String text) {

    /** The note to append, written by {@code actor} unless the request names its author. */
    public NewNote toNewNote(String actor) {
        return new NewNote(author != null ? author : actor, text);
    }
}
