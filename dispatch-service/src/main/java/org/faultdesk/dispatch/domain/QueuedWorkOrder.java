package org.faultdesk.dispatch.domain;

import java.time.Instant;
import org.faultdesk.events.CustomerTier;

/** What the queue needs to know of a waiting work order to serve it by urgency. */
public record QueuedWorkOrder(String workOrderId, Instant restoreDeadline, CustomerTier customerTier, Instant openedAt) {
}
