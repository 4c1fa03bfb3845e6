package org.faultdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketClassification;
import org.faultdesk.events.TicketKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled restore-deadline table against the figures of the seeds, cell by cell. */
class RestorePoliciesTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T08:15:00Z"), ZoneOffset.UTC);
    private static final RestorePolicies BUNDLED = RestorePolicies.parse(new InputStreamReader(
            RestorePoliciesTest.class.getResourceAsStream("/sla/restore-policies.csv"), StandardCharsets.UTF_8));

    /** Seed 001 "客户承诺1:业务恢复时限": rows by scope, columns AAA, AA, A, ordinary. */
    static Stream<Arguments> enterpriseCells() {
        int[] local = {2, 4, 6, 8};
        int[] interProvince = {4, 5, 6, 8};
        CustomerTier[] tiers = {CustomerTier.AAA, CustomerTier.AA, CustomerTier.A, CustomerTier.ORDINARY};
        List<Arguments> cells = new ArrayList<>();
        for (ServiceType service : ServiceType.values()) {
            if (!service.isEnterpriseService()) {
                continue;
            }
            for (int t = 0; t < tiers.length; t++) {
                cells.add(Arguments.of(service, FaultScope.WITHIN_CITY, tiers[t], local[t]));
                cells.add(Arguments.of(service, FaultScope.ACROSS_CITIES, tiers[t], local[t]));
                cells.add(Arguments.of(service, FaultScope.ACROSS_PROVINCES, tiers[t], interProvince[t]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} h")
    @MethodSource("enterpriseCells")
    void enterpriseFaultsGetTheSeedsHours(ServiceType service, FaultScope scope, CustomerTier tier, int hours) {
        PolicyMatch match = BUNDLED.lookup(classification(TicketKind.FAULT, service, tier, scope, Locality.URBAN));
        assertThat(match.fallback()).isFalse();
        assertThat(match.policy().allowance()).isEqualTo(Allowance.hours(hours));
        // Seed 001's table stops at the data leased line's first cell: its figures are the brief's.
        assertThat(match.policy().source()).isEqualTo(service == ServiceType.DATA_LEASED_LINE
                ? RestorePolicy.Source.BRIEF : RestorePolicy.Source.SEED);
        assertThat(match.policy().provenance()).contains(service == ServiceType.DATA_LEASED_LINE
                ? "cut off at line 118" : "seed 001 lines 67-72");
        Instant opened = FIXED.instant();
        assertThat(match.policy().deadlineFrom(opened, BusinessCalendar.weekendsOnly()))
                .isEqualTo(opened.plus(Duration.ofHours(hours)));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4} {5}, limit {6}, {7}")
    @CsvSource({
            "FAULT, HOME_BROADBAND, URBAN, ORDINARY, 24, HOURS, 36, SEED",
            "FAULT, HOME_BROADBAND, RURAL, ORDINARY, 36, HOURS, 48, SEED",
            "FAULT, HOME_BROADBAND, URBAN, AA, 24, HOURS, 36, SEED",
            "FAULT, HOME_BROADBAND, URBAN, SUPREME, 8, HOURS, 36, DEFAULT",
            "FAULT, HOME_BROADBAND, URBAN, DIAMOND, 12, HOURS, 36, DEFAULT",
            "FAULT, HOME_BROADBAND, URBAN, GOLD, 16, HOURS, 36, DEFAULT",
            "FAULT, HOME_BROADBAND, URBAN, SILVER, 20, HOURS, 36, DEFAULT",
            "FAULT, HOME_BROADBAND, RURAL, SUPREME, 16, HOURS, 48, DEFAULT",
            "FAULT, HOME_BROADBAND, RURAL, SILVER, 30, HOURS, 48, DEFAULT",
            "INSTALLATION, HOME_BROADBAND, URBAN, ORDINARY, 72, HOURS, , SEED",
            "INSTALLATION, HOME_BROADBAND, RURAL, GOLD, 72, HOURS, , SEED",
            "COMPLAINT, MOBILE_NETWORK, URBAN, ORDINARY, 5, WORKING_DAYS, , DEFAULT",
            "COMPLAINT, HOME_BROADBAND, URBAN, ORDINARY, 5, WORKING_DAYS, , SEED",
            "COMPLAINT, GENERAL, RURAL, AAA, 5, WORKING_DAYS, , SEED",
            "SERIOUS_COMPLAINT, MOBILE_NETWORK, URBAN, ORDINARY, 5, WORKING_DAYS, , DEFAULT",
            "SERIOUS_COMPLAINT, GENERAL, URBAN, ORDINARY, 5, WORKING_DAYS, , DEFAULT",
            "CONSULTATION, GENERAL, URBAN, ORDINARY, 1, WORKING_DAYS, , DEFAULT",
    })
    void homeBroadbandComplaintsAndConsultations(TicketKind kind, ServiceType service, Locality locality, CustomerTier tier,
                                                 long amount, Allowance.Unit unit, Long limitHours, RestorePolicy.Source source) {
        PolicyMatch match = BUNDLED.lookup(classification(kind, service, tier, FaultScope.WITHIN_CITY, locality));
        assertThat(match.fallback()).isFalse();
        assertThat(match.policy().allowance()).isEqualTo(new Allowance(amount, unit));
        assertThat(match.policy().limit()).isEqualTo(limitHours == null ? null : Allowance.hours(limitHours));
        assertThat(match.policy().source()).isEqualTo(source);
    }

    @Test
    void everyBundledRowSaysWhereItsFigureComesFrom() {
        assertThat(BUNDLED.rows()).allSatisfy(row -> {
            switch (row.source()) {
                case SEED -> assertThat(row.provenance()).as(row.key()).matches("seed 00\\d lines? \\d+.*");
                case BRIEF -> assertThat(row.provenance()).as(row.key()).startsWith("domain brief");
                case DEFAULT -> assertThat(row.provenance()).as(row.key()).startsWith("default: ");
            }
        });
        RestorePolicies withoutProvenance = RestorePolicies.parse(new StringReader(
                "# an operator's file of nine columns\nfallback,*,*,*,*,*,24 HOURS,,DEFAULT\n"));
        assertThat(withoutProvenance.rows().get(0).provenance()).isEqualTo("line 2 of the policy file");
    }

    @Test
    void anUnknownCombinationFallsBackToTheDocumentedDefault() {
        PolicyMatch match = BUNDLED.lookup(classification(TicketKind.FAULT, ServiceType.MOBILE_NETWORK,
                CustomerTier.GOLD, FaultScope.WITHIN_CITY, Locality.URBAN));
        assertThat(match.fallback()).isTrue();
        assertThat(match.policy().key()).isEqualTo(RestorePolicies.FALLBACK_KEY);
        assertThat(match.policy().allowance()).isEqualTo(Allowance.hours(24));
    }

    @Test
    void aVipCardOnALeasedLineIsNotInTheSeedsAndFallsBack() {
        assertThat(BUNDLED.lookup(classification(TicketKind.FAULT, ServiceType.DATA_LEASED_LINE, CustomerTier.SUPREME,
                FaultScope.WITHIN_CITY, Locality.URBAN)).fallback()).isTrue();
    }

    @Test
    void theMostSpecificRowWinsWhateverItsPlaceInTheFile() {
        RestorePolicies table = RestorePolicies.parse(new StringReader("""
                broad,FAULT,*,*,*,*,10 HOURS,,DEFAULT
                narrow,FAULT,HOME_BROADBAND,*,*,GOLD,3 HOURS,,DEFAULT
                fallback,*,*,*,*,*,24 HOURS,,DEFAULT
                """));
        assertThat(table.lookup(classification(TicketKind.FAULT, ServiceType.HOME_BROADBAND, CustomerTier.GOLD,
                FaultScope.WITHIN_CITY, Locality.URBAN)).policy().key()).isEqualTo("narrow");
        assertThat(table.lookup(classification(TicketKind.FAULT, ServiceType.HOME_BROADBAND, CustomerTier.SILVER,
                FaultScope.WITHIN_CITY, Locality.URBAN)).policy().key()).isEqualTo("broad");
    }

    @Test
    void aTableWithoutFallbackOrWithABadRowIsRejected() {
        assertThatThrownBy(() -> RestorePolicies.parse(new StringReader("a,FAULT,*,*,*,*,10 HOURS,,SEED\n")))
                .hasMessageContaining("fallback");
        assertThatThrownBy(() -> RestorePolicies.parse(new StringReader("a,FAULT,*,*,*,PLATINUM,10 HOURS,,SEED\n")))
                .hasMessageContaining("line 1").hasMessageContaining("PLATINUM");
        assertThatThrownBy(() -> RestorePolicies.parse(new StringReader("a,FAULT,*,*,*,*,10 DAYS,,SEED\n")))
                .hasMessageContaining("line 1");
    }

    @Test
    void theBundledLaddersWarnThenEscalateLevelByLevel() {
        EscalationLadders ladders = EscalationLadders.parse(new InputStreamReader(
                RestorePoliciesTest.class.getResourceAsStream("/sla/escalation-ladders.csv"), StandardCharsets.UTF_8));
        List<EscalationStage> ordinary = ladders.ladder(CustomerTier.ORDINARY);
        assertThat(ordinary).extracting(EscalationStage::percent).containsExactly(50, 80, 100, 150, 200);
        assertThat(ordinary.get(2).roles()).containsExactly(
                org.faultdesk.events.EscalationRole.AREA_MANAGER, org.faultdesk.events.EscalationRole.CUSTOMER_SERVICE_CENTRE);
        assertThat(ordinary.get(2).critical()).isTrue();
        assertThat(ordinary.get(1).kind()).isEqualTo(EscalationStage.Kind.WARNING);
        assertThat(ordinary.get(4).level()).isEqualTo(3);
        assertThat(ladders.ladder(CustomerTier.AAA).get(0).percent()).isEqualTo(25);
        assertThat(ladders.stage(CustomerTier.GOLD, 6)).isEmpty();
    }

    static TicketClassification classification(TicketKind kind, ServiceType service, CustomerTier tier, FaultScope scope,
                                               Locality locality) {
        return new TicketClassification(kind, service, tier, Severity.MAJOR, 2, scope, locality, "GZ-TIANHE-03");
    }
}
