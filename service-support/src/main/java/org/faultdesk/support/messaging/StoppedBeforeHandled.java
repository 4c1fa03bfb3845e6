package org.faultdesk.support.messaging;

/**
 * The service stopped while a record waited for a transient failure to pass: the record was not
 * handled and must not be dead-lettered, but read again by the next instance
 * ({@link DeadLetterUnlessStopping}).
 */
public class StoppedBeforeHandled extends RuntimeException {

    public StoppedBeforeHandled(String event, RuntimeException lastFailure) {
        super("the service stopped before " + event + " could be handled: " + lastFailure.getMessage(), lastFailure);
    }
}
