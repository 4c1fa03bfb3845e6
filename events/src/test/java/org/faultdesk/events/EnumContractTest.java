package org.faultdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.events.EventType.MAJOR_INCIDENT_SUSPECTED;
import static org.faultdesk.events.EventType.SLA_CLOCK_STARTED;
import static org.faultdesk.events.EventType.SLA_CLOCK_STOPPED;
import static org.faultdesk.events.EventType.SLA_WARNING_RAISED;
import static org.faultdesk.events.EventType.TICKET_DISPATCHED;
import static org.faultdesk.events.EventType.TICKET_ESCALATED;
import static org.faultdesk.events.EventType.TICKET_OPENED;
import static org.faultdesk.events.EventType.TICKET_UPDATED;
import static org.faultdesk.events.EventType.WORK_ORDER_UPDATED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultdesk.events.CustomerTier.Segment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Enums of the contract")
class EnumContractTest {

    @Nested
    @DisplayName("on the wire")
    class OnTheWire {

        @ParameterizedTest(name = "{0} {1} = \"{2}\"")
        @MethodSource("org.faultdesk.events.EnumContractTest#enumFields")
        @DisplayName("an unknown value is rejected, naming the field and listing the allowed values")
        void unknownValueIsRejected(EventType type, String path, String unknown, Class<? extends Enum<?>> enumType) {
            FixtureEdit.of(type).set(path, unknown)
                    .assertRejected()
                    .hasMessageContaining("field '" + path + "' has unknown value '" + unknown + "'")
                    .hasMessageEndingWith("allowed: " + allowedOnTheWire(enumType));
        }

        @Test
        @DisplayName("an unknown ticket status lists TMF621 names, not Java constant names")
        void unknownStatusListsTmfNames() {
            FixtureEdit.of(TicketUpdated.class).set("status", "open")
                    .assertRejected()
                    .hasMessageContaining("field 'status'")
                    .hasMessageEndingWith("allowed: acknowledged, inProgress, pending, held, resolved, closed, rejected, cancelled")
                    .message().doesNotContain("IN_PROGRESS");
        }

        @Test
        @DisplayName("a ticket status spelt as the Java constant (IN_PROGRESS) is rejected")
        void statusConstantNameIsRejected() {
            FixtureEdit.of(TicketUpdated.class).set("status", "IN_PROGRESS")
                    .assertRejected()
                    .hasMessageContaining("field 'status' has unknown value 'IN_PROGRESS'");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(CustomerTier.class)
        @DisplayName("every customer tier round-trips")
        void customerTierRoundTrips(CustomerTier tier) {
            assertRoundTrips("classification.customerTier", tier.name(), tier, event -> event.classification().customerTier());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(ServiceType.class)
        @DisplayName("every service type round-trips")
        void serviceTypeRoundTrips(ServiceType serviceType) {
            assertRoundTrips("classification.serviceType", serviceType.name(), serviceType, event -> event.classification().serviceType());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(TicketKind.class)
        @DisplayName("every ticket kind round-trips")
        void ticketKindRoundTrips(TicketKind kind) {
            assertRoundTrips("classification.kind", kind.name(), kind, event -> event.classification().kind());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(TicketStatus.class)
        @DisplayName("every ticket status round-trips under its TMF621 name")
        void ticketStatusRoundTrips(TicketStatus status) {
            assertRoundTrips("status", status.tmfName(), status, TicketUpdated::status);
        }

        /** Puts {@code wireValue} at {@code path} of the ticket-updated fixture and checks it survives read, write, read. */
        private <E extends Enum<E>> void assertRoundTrips(String path, String wireValue, E expected, Function<TicketUpdated, E> field) {
            TicketUpdated event = FixtureEdit.of(TicketUpdated.class).set(path, wireValue).read();
            assertThat(field.apply(event)).isEqualTo(expected);

            String written = EventJson.write(event);
            assertThat(FixtureEdit.valueAt(written, path).asText()).isEqualTo(wireValue);
            assertThat(EventJson.read(written, TicketUpdated.class)).isEqualTo(event);
        }
    }

    @Nested
    @DisplayName("cover the domain")
    class CoverTheDomain {

        @Test
        @DisplayName("customer tiers are AAA, AA, A, ORDINARY and the VIP cards SUPREME, DIAMOND, GOLD, SILVER")
        void customerTiers() {
            assertThat(CustomerTier.values()).containsExactlyInAnyOrder(
                    CustomerTier.AAA, CustomerTier.AA, CustomerTier.A, CustomerTier.ORDINARY,
                    CustomerTier.SUPREME, CustomerTier.DIAMOND, CustomerTier.GOLD, CustomerTier.SILVER);
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
            "AAA, ENTERPRISE", "AA, ENTERPRISE", "A, ENTERPRISE",
            "SUPREME, INDIVIDUAL_VIP", "DIAMOND, INDIVIDUAL_VIP", "GOLD, INDIVIDUAL_VIP", "SILVER, INDIVIDUAL_VIP",
            "ORDINARY, ANY"
        })
        @DisplayName("each customer tier belongs to its segment")
        void customerTierSegment(CustomerTier tier, Segment segment) {
            assertThat(tier.segment()).isEqualTo(segment);
        }

        @Test
        @DisplayName("exactly the five leased-line style services are enterprise services")
        void enterpriseServices() {
            assertThat(matching(ServiceType.values(), ServiceType::isEnterpriseService)).containsExactlyInAnyOrder(
                    ServiceType.GROUP_SMS_MMS, ServiceType.VOICE_LEASED_LINE, ServiceType.APN_PRIVATE_LINE,
                    ServiceType.INTERNET_LEASED_LINE, ServiceType.DATA_LEASED_LINE);
        }

        @Test
        @DisplayName("exactly faults and installations need a field visit")
        void fieldVisits() {
            assertThat(matching(TicketKind.values(), TicketKind::needsFieldVisit))
                    .containsExactlyInAnyOrder(TicketKind.FAULT, TicketKind.INSTALLATION);
        }

        @Test
        @DisplayName("ticket status wire names are TMF621's, in lifecycle order")
        void ticketStatusWireNames() {
            assertThat(Arrays.stream(TicketStatus.values()).map(TicketStatus::tmfName))
                    .containsExactly("acknowledged", "inProgress", "pending", "held", "resolved", "closed", "rejected", "cancelled");
        }

        @Test
        @DisplayName("resolved, closed, rejected and cancelled are the terminal statuses")
        void terminalStatuses() {
            assertThat(matching(TicketStatus.values(), TicketStatus::isTerminal)).containsExactlyInAnyOrder(
                    TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.REJECTED, TicketStatus.CANCELLED);
        }

        private static <E> Stream<E> matching(E[] values, Predicate<E> predicate) {
            return Arrays.stream(values).filter(predicate);
        }
    }

    /** One enum-valued field per event type and nested record, with a value the contract does not know. */
    static Stream<Arguments> enumFields() {
        return Stream.of(
                arguments(TICKET_OPENED, "classification.customerTier", "PLATINUM", CustomerTier.class),
                arguments(TICKET_OPENED, "classification.serviceType", "IPTV", ServiceType.class),
                arguments(TICKET_OPENED, "classification.kind", "REPAIR", TicketKind.class),
                arguments(TICKET_OPENED, "classification.severity", "BLOCKER", Severity.class),
                arguments(TICKET_OPENED, "classification.faultScope", "NATIONWIDE", FaultScope.class),
                arguments(TICKET_OPENED, "classification.locality", "SUBURBAN", Locality.class),
                arguments(TICKET_UPDATED, "status", "open", TicketStatus.class),
                arguments(TICKET_UPDATED, "previousStatus", "new", TicketStatus.class),
                arguments(TICKET_DISPATCHED, "reason", "ESCALATED", TicketDispatched.Reason.class),
                arguments(WORK_ORDER_UPDATED, "action", "STARTED", WorkOrderAction.class),
                arguments(SLA_CLOCK_STARTED, "change", "EXTENDED", SlaClockStarted.Change.class),
                arguments(SLA_CLOCK_STARTED, "clockState", "STOPPED", SlaClockStarted.ClockState.class),
                arguments(SLA_CLOCK_STARTED, "allowance.unit", "DAYS", Allowance.Unit.class),
                arguments(SLA_WARNING_RAISED, "targetRole", "CEO", EscalationRole.class),
                arguments(TICKET_ESCALATED, "targetRole", "REGIONAL_DIRECTOR", EscalationRole.class),
                arguments(SLA_CLOCK_STOPPED, "outcome", "LATE", SlaOutcome.class),
                arguments(MAJOR_INCIDENT_SUSPECTED, "serviceType", "FTTH", ServiceType.class));
    }

    /** The values as the contract spells them: TMF621 names for statuses, constant names otherwise. */
    private static String allowedOnTheWire(Class<? extends Enum<?>> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> constant instanceof TicketStatus status ? status.tmfName() : constant.name())
                .collect(Collectors.joining(", "));
    }
}
