package org.faultdesk.ticket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.faultdesk.ticket.domain.NewNote;

/**
 * A TMF621 note to add. Its author is the caller whose token wrote it: an {@code author} in the
 * body is accepted (TMF clients send one) but not believed, since a note is an audit record.
 */
public record NoteRequest(@Size(max = 120) String author, @NotBlank @Size(max = 4000) String text) {

    /** The note to append, written by {@code actor}, the authenticated caller. */
    public NewNote toNewNote(String actor) {
        return new NewNote(actor, text);
    }
}
