package org.faultdesk.ticket.api;

import java.io.IOException;

/** A merge-patch Jackson could not apply; carries Jackson's exception out of the transaction. */
class InvalidPatchException extends RuntimeException {

    InvalidPatchException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
