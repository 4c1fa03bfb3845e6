package org.faultdesk.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.junit.jupiter.api.Test;

class RestoreDeadlineEstimateTest {

    private static Duration allowance(TicketKind kind, ServiceType type, CustomerTier tier, FaultScope scope, Locality locality) {
        return RestoreDeadlineEstimate.allowance(
                new TicketClassification(kind, type, tier, Severity.MAJOR, 2, scope, locality, "GZ-TIANHE-03"));
    }

    @Test
    void enterpriseTableBySeed001() {
        assertThat(allowance(TicketKind.FAULT, ServiceType.INTERNET_LEASED_LINE, CustomerTier.AAA,
                FaultScope.WITHIN_CITY, Locality.URBAN)).isEqualTo(Duration.ofHours(2));
        assertThat(allowance(TicketKind.FAULT, ServiceType.DATA_LEASED_LINE, CustomerTier.AA,
                FaultScope.ACROSS_PROVINCES, Locality.URBAN)).isEqualTo(Duration.ofHours(5));
        assertThat(allowance(TicketKind.FAULT, ServiceType.VOICE_LEASED_LINE, CustomerTier.A,
                FaultScope.ACROSS_CITIES, Locality.URBAN)).isEqualTo(Duration.ofHours(6));
        assertThat(allowance(TicketKind.FAULT, ServiceType.APN_PRIVATE_LINE, CustomerTier.GOLD,
                FaultScope.WITHIN_CITY, Locality.URBAN)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void homeBroadbandRepairAndInstallation() {
        assertThat(allowance(TicketKind.FAULT, ServiceType.HOME_BROADBAND, CustomerTier.ORDINARY,
                FaultScope.WITHIN_CITY, Locality.URBAN)).isEqualTo(Duration.ofHours(24));
        assertThat(allowance(TicketKind.FAULT, ServiceType.HOME_BROADBAND, CustomerTier.ORDINARY,
                FaultScope.WITHIN_CITY, Locality.RURAL)).isEqualTo(Duration.ofHours(36));
        assertThat(allowance(TicketKind.INSTALLATION, ServiceType.HOME_BROADBAND, CustomerTier.ORDINARY,
                FaultScope.WITHIN_CITY, Locality.URBAN)).isEqualTo(Duration.ofHours(72));
    }
}
