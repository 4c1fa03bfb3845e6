package org.faultdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.faultdesk.sla.domain.RestorePoliciesTest.classification;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultdesk.events.Allowance;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.SlaOutcome;
import org.faultdesk.events.TicketKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The response-deadline table, the milestones' proofs, the response ladders and how a response clock is derived. */
class ResponseRulesTest {

    private static final ResponsePolicies BUNDLED = ResponsePolicies.parse(bundled("sla/response-policies.csv"));
    private static final MilestoneProofs PROOFS = MilestoneProofs.parse(bundled("sla/milestones.csv"));
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    @DisplayName("a fault is promised a work order; a home broadband fault a booked visit too; a mobile-network complaint a reply")
    void eachClassificationGetsTheMilestonesItsRowsCover() {
        assertThat(BUNDLED.lookup(classification(TicketKind.FAULT, ServiceType.INTERNET_LEASED_LINE, CustomerTier.AAA,
                FaultScope.WITHIN_CITY, Locality.URBAN))).containsOnlyKeys("work-order");
        Map<String, ResponsePolicy> broadband = BUNDLED.lookup(classification(TicketKind.FAULT, ServiceType.HOME_BROADBAND,
                CustomerTier.ORDINARY, FaultScope.WITHIN_CITY, Locality.RURAL));
        assertThat(broadband).containsOnlyKeys("work-order", "visit-booked");
        assertThat(broadband.get("visit-booked").pause()).isEqualTo(ResponsePolicy.Pause.PAUSES_WHILE_PENDING);
        ResponsePolicy reply = BUNDLED.lookup(classification(TicketKind.COMPLAINT, ServiceType.MOBILE_NETWORK,
                CustomerTier.ORDINARY, FaultScope.WITHIN_CITY, Locality.URBAN)).get("complaint-reply");
        assertThat(reply.terms().allowance()).isEqualTo(new Allowance(2, Allowance.Unit.WORKING_DAYS));
        assertThat(reply.terms().source()).isEqualTo(RestorePolicy.Source.SEED);
        assertThat(reply.pause()).isEqualTo(ResponsePolicy.Pause.RUNS_THROUGH);
        assertThat(BUNDLED.lookup(classification(TicketKind.CONSULTATION, ServiceType.GENERAL, CustomerTier.ORDINARY,
                FaultScope.WITHIN_CITY, Locality.URBAN))).as("no fallback: a consultation owes no response").isEmpty();
    }

    @Test
    void everyMilestoneTheTableNamesCanBeProved() {
        PROOFS.checkCovers(BUNDLED.milestones(), Set.of("ticket-updated", "ticket-resolved", "work-order-updated"));
        assertThatThrownBy(() -> MilestoneProofs.parse(new StringReader("work-order,work-order-updated,action=CREATED\n"))
                .checkCovers(List.of("work-order", "visit-booked"), Set.of("work-order-updated")))
                .hasMessageContaining("[visit-booked]");
        assertThatThrownBy(() -> MilestoneProofs.parse(new StringReader("*,ticket-closed,\n"))
                .checkCovers(List.of(), Set.of("ticket-resolved")))
                .hasMessageContaining("'ticket-closed'");
        assertThatThrownBy(() -> MilestoneProofs.parse(new StringReader("# x\nwork-order,work-order-updated,CREATED\n")))
                .hasMessageContaining("line 2").hasMessageContaining("field=value");
    }

    @Test
    void aConditionMatchesAFieldOrAnElementOfAListField() {
        assertThat(PROOFS.provedBy("work-order-updated", json("{\"action\":\"CREATED\"}"))).containsExactly("work-order");
        assertThat(PROOFS.provedBy("work-order-updated", json("{\"action\":\"ACCEPTED\"}"))).isEmpty();
        assertThat(PROOFS.provedBy("ticket-updated", json("{\"changes\":[\"STATUS\",\"NOTE\"]}")))
                .containsExactly("complaint-reply");
        assertThat(PROOFS.provedBy("ticket-updated", json("{\"changes\":[\"STATUS\"]}"))).isEmpty();
        assertThat(PROOFS.provedBy("ticket-resolved", json("{}"))).containsExactly(MilestoneProofs.ANY);
    }

    @Test
    void aResponseClockStopsAtItsProofAndPausesOnlyIfItsPolicySays() {
        List<ClockMark> ticket = List.of(
                new ClockMark(T0.plus(Duration.ofMinutes(30)), ClockMark.Type.PAUSE, 1),
                new ClockMark(T0.plus(Duration.ofMinutes(90)), ClockMark.Type.RUN, 2),
                new ClockMark(T0.plus(Duration.ofHours(4)), ClockMark.Type.STOP, 3));
        Optional<Instant> proved = Optional.of(T0.plus(Duration.ofMinutes(150)));
        Instant base = T0.plus(Duration.ofHours(2));

        SlaClock pausing = new SlaClock(T0, base, ResponseMarks.derive(ticket, ResponsePolicy.Pause.PAUSES_WHILE_PENDING, proved));
        assertThat(pausing.state()).isEqualTo(ClockState.STOPPED);
        assertThat(pausing.elapsed(T0.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(90));
        assertThat(pausing.outcome()).contains(SlaOutcome.MET);

        SlaClock running = new SlaClock(T0, base, ResponseMarks.derive(ticket, ResponsePolicy.Pause.RUNS_THROUGH, proved));
        assertThat(running.elapsed(T0.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(150));
        assertThat(running.outcome()).contains(SlaOutcome.BREACHED);

        SlaClock unproved = new SlaClock(T0, base, ResponseMarks.derive(ticket, ResponsePolicy.Pause.RUNS_THROUGH,
                Optional.empty()));
        assertThat(unproved.state()).as("the ticket's resolution is not the milestone").isEqualTo(ClockState.RUNNING);

        SlaClock cancelled = new SlaClock(T0, base, ResponseMarks.derive(
                List.of(new ClockMark(T0.plusSeconds(60), ClockMark.Type.CANCEL, 1)), ResponsePolicy.Pause.RUNS_THROUGH,
                Optional.of(T0.plusSeconds(120))));
        assertThat(cancelled.state()).isEqualTo(ClockState.CANCELLED);
    }

    @Test
    void theEarliestProofCountsWhetherItsOwnOrEveryMilestones() {
        Map<String, Instant> proofs = Map.of("work-order", T0.plusSeconds(90), MilestoneProofs.ANY, T0.plusSeconds(60));
        assertThat(ResponseMarks.provedAt(proofs, "work-order")).contains(T0.plusSeconds(60));
        assertThat(ResponseMarks.provedAt(Map.of("visit-booked", T0), "work-order")).isEmpty();
    }

    @Test
    void responseLaddersByMilestoneWithADefault() {
        EscalationLadders ladders = EscalationLadders.parse(bundled("sla/escalation-ladders.csv"));
        assertThat(ladders.responseLadder("work-order")).extracting(EscalationStage::percent).containsExactly(80, 100, 200);
        assertThat(ladders.responseLadder("complaint-reply").get(1).roles())
                .containsExactly(EscalationRole.DUTY_MANAGER, EscalationRole.CUSTOMER_SERVICE_CENTRE);
        assertThat(ladders.ladder(CustomerTier.AAA).get(0).percent()).isEqualTo(25);
        assertThatThrownBy(() -> EscalationLadders.parse(new StringReader("*,100,ESCALATION,1,AREA_MANAGER\n")))
                .hasMessageContaining("response:*");
        assertThatThrownBy(() -> EscalationLadders.parse(new StringReader(
                "*,100,ESCALATION,1,AREA_MANAGER\nresponse:*,100,ESCALATION,1,DUTY_MANAGER\nPLATINUM,50,WARNING,0,TEAM_LEAD\n")))
                .hasMessageContaining("PLATINUM");
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStreamReader bundled(String path) {
        return new InputStreamReader(ResponseRulesTest.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8);
    }
}
