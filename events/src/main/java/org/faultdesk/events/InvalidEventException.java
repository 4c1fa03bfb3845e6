package org.faultdesk.events;

/** A message that is not a valid event of the contract; the message says which field and why. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
