package org.faultdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.junit.jupiter.api.Test;

/** The demo table that ./platform demo loads: minutes, labelled, and covering what the real table covers. */
class DemoRestorePoliciesTest {

    private static final RestorePolicies REAL = read("/sla/restore-policies.csv");
    private static final RestorePolicies DEMO = read("/sla/demo-restore-policies.csv");

    private static RestorePolicies read(String resource) {
        return RestorePolicies.parse(new InputStreamReader(
                DemoRestorePoliciesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8));
    }

    @Test
    void everyDemoDeadlineIsInMinutesAndEveryRowSaysItIsTheDemos() {
        assertThat(DEMO.rows()).allSatisfy(row -> {
            assertThat(row.allowance().unit()).as(row.key()).isEqualTo(Allowance.Unit.MINUTES);
            assertThat(row.key()).matches("demo-.*|fallback");
        });
    }

    @Test
    void coversExactlyWhatTheRealTableCoversSoNoDemoTicketFallsBackUnexpectedly() {
        for (TicketKind kind : TicketKind.values()) {
            for (ServiceType service : ServiceType.values()) {
                for (CustomerTier tier : CustomerTier.values()) {
                    for (FaultScope scope : FaultScope.values()) {
                        for (Locality locality : Locality.values()) {
                            TicketClassification ticket = RestorePoliciesTest.classification(kind, service, tier, scope, locality);
                            assertThat(DEMO.lookup(ticket).fallback()).as(ticket.toString())
                                    .isEqualTo(REAL.lookup(ticket).fallback());
                        }
                    }
                }
            }
        }
    }

    @Test
    void anAaaLeasedLineIsDueFirstInOneMinuteAndTheTiersKeepTheirOrder() {
        long[] minutes = new long[4];
        CustomerTier[] tiers = {CustomerTier.AAA, CustomerTier.AA, CustomerTier.A, CustomerTier.ORDINARY};
        for (int t = 0; t < tiers.length; t++) {
            minutes[t] = DEMO.lookup(RestorePoliciesTest.classification(TicketKind.FAULT, ServiceType.INTERNET_LEASED_LINE,
                    tiers[t], FaultScope.WITHIN_CITY, Locality.URBAN)).policy().allowance().amount();
        }
        assertThat(minutes).containsExactly(1, 2, 3, 4);
    }
}
