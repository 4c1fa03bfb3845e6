package org.faultdesk.notification.api;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.faultdesk.notification.channel.FeedItem;
import org.faultdesk.notification.channel.SupervisorFeed;
import org.faultdesk.support.security.Roles;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The supervisors' live feed as Server-Sent Events: escalations, warnings and incidents as they happen. */
@Path("/api/v1/feed")
@RolesAllowed({Roles.SUPERVISOR})
public class FeedResource {

    @Inject
    SupervisorFeed feed;

    @Inject
    Clock clock;

    /** The first event says the feed is connected, so a browser (or a test) knows it is listening. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<FeedItem> stream() {
        FeedItem hello = new FeedItem(null, "CONNECTED", 0, "connected", "", clock.instant());
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(hello), feed.stream());
    }
}
