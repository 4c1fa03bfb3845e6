package org.faultdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("EventType and Topics")
class EventTypeTest {

    private static final List<String> EVENT_TOPICS = Arrays.stream(EventType.values()).map(EventType::topic).toList();

    @Test
    @DisplayName("every event topic is in Topics.ALL")
    void everyTopicIsCreated() {
        assertThat(Topics.ALL).containsAll(EVENT_TOPICS);
    }

    @Test
    @DisplayName("event topics are unique, and so are record classes")
    void topicsAndRecordClassesAreUnique() {
        assertThat(EVENT_TOPICS).doesNotHaveDuplicates();
        assertThat(Arrays.stream(EventType.values()).map(EventType::recordClass)).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("Topics.ALL is the event topics plus one dead-letter topic per service, all kebab-case")
    void allTopics() {
        assertThat(Topics.ALL).doesNotHaveDuplicates().allMatch(topic -> topic.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Topics.ALL).filteredOn(topic -> !EVENT_TOPICS.contains(topic))
                .containsExactlyInAnyOrder(
                        Topics.TICKET_SERVICE_DEAD_LETTER, Topics.DISPATCH_SERVICE_DEAD_LETTER,
                        Topics.SLA_MONITOR_DEAD_LETTER, Topics.NOTIFICATION_SERVICE_DEAD_LETTER)
                .allMatch(topic -> topic.endsWith("-dead-letter"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("each type is named after its topic")
    void namedAfterTopic(EventType type) {
        assertThat(type.topic()).isEqualTo(type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("EventType.of finds the type of its fixture's event")
    void ofFixtureEvent(EventType type) {
        TicketEvent event = Fixtures.event(type.recordClass());

        assertThat(EventType.of(event)).isEqualTo(type);
    }

    @Test
    @DisplayName("CloudEvents type is reverse-DNS with the topic and schema version")
    void cloudEventType() {
        assertThat(EventType.TICKET_OPENED.cloudEventType(1)).isEqualTo("org.faultdesk.ticket-opened.v1");
        assertThat(EventType.MAJOR_INCIDENT_SUSPECTED.cloudEventType(2)).isEqualTo("org.faultdesk.major-incident-suspected.v2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {TicketClassification.class, Allowance.class, String.class})
    @DisplayName("ofClass refuses a class that is not an event of the contract")
    void ofClassRefusesNonEvents(Class<?> notAnEvent) {
        assertThatThrownBy(() -> EventType.ofClass(notAnEvent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notAnEvent.getName());
    }

    @Test
    @DisplayName("each service publishes its own types, and a record is taken only from its type's publisher")
    void publishers() {
        assertThat(Arrays.stream(EventType.values()).filter(type -> type.publisher().equals(Publishers.TICKET_SERVICE)))
                .containsExactly(EventType.TICKET_OPENED, EventType.TICKET_UPDATED, EventType.TICKET_RESOLVED);
        assertThat(Arrays.stream(EventType.values()).filter(type -> type.publisher().equals(Publishers.DISPATCH_SERVICE)))
                .containsExactly(EventType.TICKET_DISPATCHED, EventType.WORK_ORDER_UPDATED);
        assertThat(EventType.NOTIFICATION_FAILED.publisher()).isEqualTo(Publishers.NOTIFICATION_SERVICE);
        assertThat(EventType.TICKET_ESCALATED.cloudEventSource()).isEqualTo("/faultdesk/sla-monitor");

        assertThat(EventType.TICKET_ESCALATED.isFromPublisher("/faultdesk/sla-monitor")).isTrue();
        assertThat(EventType.TICKET_ESCALATED.isFromPublisher("/faultdesk/ticket-service")).isFalse();
        assertThat(EventType.TICKET_ESCALATED.isFromPublisher("/faultdesk/sla-monitor/")).isFalse();
        assertThat(EventType.TICKET_ESCALATED.isFromPublisher(null)).isFalse();
    }
}
