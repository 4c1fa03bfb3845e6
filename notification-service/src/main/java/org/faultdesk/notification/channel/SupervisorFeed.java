package org.faultdesk.notification.channel;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The supervisors' live feed: every connected browser receives what is published from now on. Items
 * go through the delivery table like any message, so the feed is fed once per event; a browser that
 * was not connected reads the delivery log instead.
 */
@ApplicationScoped
public class SupervisorFeed {

    private final BroadcastProcessor<FeedItem> items = BroadcastProcessor.create();

    public void publish(FeedItem item) {
        items.onNext(item);
    }

    public Multi<FeedItem> stream() {
        return items.onOverflow().buffer(1_000);
    }
}
