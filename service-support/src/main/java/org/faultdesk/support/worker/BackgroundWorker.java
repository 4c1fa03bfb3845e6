package org.faultdesk.support.worker;

/** A started (or disabled) background worker, as its owner sees it. */
public interface BackgroundWorker {

    String name();

    /** False when configuration disabled it ({@code faultdesk.worker.<name>.enabled=false}). */
    boolean isRunning();

    /** Runs a pass now rather than at the next poll. */
    void wake();

    /** Runs a pass once the current transaction has committed, so that the pass sees its changes. */
    void wakeAfterCommit();
}
