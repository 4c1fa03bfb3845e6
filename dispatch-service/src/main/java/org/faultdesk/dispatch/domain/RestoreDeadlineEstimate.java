package org.faultdesk.dispatch.domain;

import java.time.Duration;
import java.time.Instant;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;

/**
 * Dispatch's own estimate of a restore deadline (业务恢复时限, domain brief), used to order the queue
 * until sla-monitor publishes the real one on {@code sla-clock-started}. Wall-clock hours only:
 * field work is for faults and installations, whose deadlines are in hours.
 */
public final class RestoreDeadlineEstimate {

    /** Home broadband repair targets (城区24小时, 郊县36小时) and anything without a published figure. */
    static final Duration URBAN_REPAIR = Duration.ofHours(24);
    static final Duration RURAL_REPAIR = Duration.ofHours(36);
    /** 装移机: new installation or move. */
    static final Duration INSTALLATION = Duration.ofHours(72);

    private RestoreDeadlineEstimate() {
    }

    public static Instant of(TicketClassification classification, Instant openedAt) {
        return openedAt.plus(allowance(classification));
    }

    static Duration allowance(TicketClassification c) {
        if (c.kind() == TicketKind.INSTALLATION) {
            return INSTALLATION;
        }
        if (c.serviceType().isEnterpriseService()) {
            return Duration.ofHours(enterpriseHours(c.customerTier(), c.faultScope()));
        }
        return c.locality() == Locality.RURAL ? RURAL_REPAIR : URBAN_REPAIR;
    }

    /** The enterprise table of seed 001; an individual VIP tier on a leased line counts as ordinary. */
    private static int enterpriseHours(CustomerTier tier, FaultScope scope) {
        boolean acrossProvinces = scope == FaultScope.ACROSS_PROVINCES;
        return switch (tier) {
            case AAA -> acrossProvinces ? 4 : 2;
            case AA -> acrossProvinces ? 5 : 4;
            case A -> 6;
            default -> 8;
        };
    }
}
