package org.faultdesk.notification.channel;

import java.time.Instant;

/** One entry of the supervisors' live feed: an escalation, a warning or a suspected major incident. */
public record FeedItem(String ticketId, String notice, int repeat, String subject, String text, Instant at) {
}
