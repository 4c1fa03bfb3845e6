package org.faultdesk.platform.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.TicketKind;
import org.faultdesk.platform.simulator.DemoArea.Staffing;
import org.junit.jupiter.api.Test;

class TicketMixTest {

    private static List<NewTicket> tickets(long seed, int count) {
        TicketMix mix = new TicketMix(new Random(seed));
        return IntStream.range(0, count).mapToObj(i -> mix.next()).toList();
    }

    private static Staffing staffingOf(NewTicket ticket) {
        return DemoAreas.ALL.stream().filter(a -> a.code().equals(ticket.areaCode())).findFirst().orElseThrow().staffing();
    }

    @Test
    void opensWithTheSameStoryEveryRun() {
        List<NewTicket> opening = tickets(7, 5);

        NewTicket nobodyThere = opening.get(0);
        assertThat(nobodyThere.customerTier()).isEqualTo(CustomerTier.AAA);
        assertThat(nobodyThere.serviceType()).isEqualTo(ServiceType.INTERNET_LEASED_LINE);
        assertThat(nobodyThere.ticketType()).isEqualTo(TicketKind.FAULT);
        assertThat(staffingOf(nobodyThere)).isEqualTo(Staffing.NONE);
        assertThat(opening.get(1).serviceType()).isEqualTo(ServiceType.HOME_BROADBAND);
        assertThat(staffingOf(opening.get(1))).isEqualTo(Staffing.STAFFED);
        NewTicket keepsTheOnlyTechnicianBusy = opening.get(2);
        NewTicket waitsForThem = opening.get(3);
        assertThat(keepsTheOnlyTechnicianBusy.ticketType()).isEqualTo(TicketKind.INSTALLATION);
        assertThat(staffingOf(keepsTheOnlyTechnicianBusy)).isEqualTo(Staffing.SHORT);
        assertThat(waitsForThem.customerTier()).isEqualTo(CustomerTier.AAA);
        assertThat(waitsForThem.areaCode()).isEqualTo(keepsTheOnlyTechnicianBusy.areaCode());
        assertThat(opening.get(4).ticketType()).isEqualTo(TicketKind.COMPLAINT);
    }

    @Test
    void everyTicketComesByAChannelTheDemosAgentsWorkFor() {
        assertThat(tickets(5, 2000)).extracting(NewTicket::channel).containsOnlyElementsOf(TicketMix.CHANNELS)
                .containsAll(TicketMix.CHANNELS);
    }

    @Test
    void enterpriseServicesGoToEnterpriseTiersAndVipCardsToHomeCustomers() {
        for (NewTicket ticket : tickets(11, 3000)) {
            if (ticket.serviceType().isEnterpriseService()) {
                assertThat(ticket.customerTier().segment()).as(ticket.summary()).isNotEqualTo(CustomerTier.Segment.INDIVIDUAL_VIP);
            } else {
                assertThat(ticket.customerTier().segment()).as(ticket.summary()).isNotEqualTo(CustomerTier.Segment.ENTERPRISE);
            }
        }
    }

    @Test
    void coversEveryTierKindAndAreaOfTheDemo() {
        List<NewTicket> tickets = tickets(13, 3000);

        assertThat(tickets).extracting(NewTicket::customerTier).contains(CustomerTier.values());
        assertThat(tickets).extracting(NewTicket::ticketType)
                .contains(TicketKind.FAULT, TicketKind.INSTALLATION, TicketKind.COMPLAINT, TicketKind.CONSULTATION);
        assertThat(tickets).extracting(NewTicket::serviceType).contains(ServiceType.HOME_BROADBAND,
                ServiceType.INTERNET_LEASED_LINE, ServiceType.DATA_LEASED_LINE, ServiceType.VOICE_LEASED_LINE,
                ServiceType.APN_PRIVATE_LINE, ServiceType.GROUP_SMS_MMS, ServiceType.MOBILE_NETWORK);
        assertThat(tickets).extracting(NewTicket::areaCode)
                .containsAll(DemoAreas.ALL.stream().map(DemoArea::code).toList());
    }

    @Test
    void aboutAQuarterOfTheTicketsGoWhereNobodyWorksSoEscalationsHappen() {
        Map<Staffing, Long> byStaffing = tickets(17, 4000).stream()
                .collect(Collectors.groupingBy(TicketMixTest::staffingOf, Collectors.counting()));

        assertThat(byStaffing.get(Staffing.NONE)).isBetween(800L, 1200L);
        assertThat(byStaffing.get(Staffing.SHORT)).isBetween(600L, 1000L);
        assertThat(byStaffing.get(Staffing.STAFFED)).isBetween(1900L, 2500L);
    }

    @Test
    void everyTicketHasWhatTicketServiceRequires() {
        for (NewTicket ticket : tickets(19, 2000)) {
            assertThat(ticket.description()).isNotBlank();
            assertThat(ticket.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(ticket.priority()).isBetween(1, 4);
            assertThat(ticket.channel()).matches("[A-Za-z0-9._-]{1,60}");
            assertThat(ticket.customerContact().name()).isNotBlank();
            assertThat(ticket.customerContact().phone()).matches("\\+?[0-9][0-9 -]{4,30}");
            assertThat(ticket.customerContact().language()).isIn("zh-CN", "en");
            assertThat(ticket.severity()).isNotNull();
            assertThat(ticket.faultScope()).isNotNull();
            assertThat(ticket.locality()).isNotNull();
        }
    }

    @Test
    void theSameSeedPostsTheSameTickets() {
        assertThat(tickets(23, 50)).isEqualTo(tickets(23, 50));
        Function<List<NewTicket>, List<String>> areas = list -> list.stream().map(NewTicket::areaCode).toList();
        assertThat(areas.apply(tickets(23, 50))).isNotEqualTo(areas.apply(tickets(29, 50)));
    }
}
