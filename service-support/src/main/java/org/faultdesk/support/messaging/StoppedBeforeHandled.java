package org.faultdesk.support.messaging;

/**
 * The service stopped before a record was handled (while it waited for a transient failure to
 * pass, or while the stop closed what handling needs): the record must not be dead-lettered, but
 * read again by the next instance ({@link DeadLetterUnlessStopping}).
 */
public class StoppedBeforeHandled extends RuntimeException {

    /** {@code lastFailure}: what failed meanwhile, or null when the record was not tried at all. */
    public StoppedBeforeHandled(String event, RuntimeException lastFailure) {
        super("the service stopped before " + event + " could be handled"
                + (lastFailure == null ? "" : ": " + lastFailure.getMessage()), lastFailure);
    }
}
