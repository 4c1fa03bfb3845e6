package org.faultdesk.notification.channel;

/**
 * A message could not be handed over. {@code permanent} when trying again cannot help (the gateway
 * refused the request as invalid); otherwise the worker retries with backoff.
 */
public class ChannelException extends Exception {

    private final boolean permanent;

    public ChannelException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public ChannelException(String message, Throwable cause) {
        super(message + ": " + cause, cause);
        this.permanent = false;
    }

    public boolean permanent() {
        return permanent;
    }
}
