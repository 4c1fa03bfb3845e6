package org.faultdesk.sla.messaging;

import org.faultdesk.events.Topics;
import org.faultdesk.platform.test.TestKafka;
import org.faultdesk.platform.test.TopicWatcher;

/** The topics sla-monitor announces its clocks on, watched from the moment this is made. */
final class ClockTopics implements AutoCloseable {

    final TopicWatcher deadlines = TestKafka.watch(Topics.SLA_CLOCK_STARTED);
    final TopicWatcher warnings = TestKafka.watch(Topics.SLA_WARNING_RAISED);
    final TopicWatcher escalations = TestKafka.watch(Topics.TICKET_ESCALATED);
    final TopicWatcher stops = TestKafka.watch(Topics.SLA_CLOCK_STOPPED);

    @Override
    public void close() {
        deadlines.close();
        warnings.close();
        escalations.close();
        stops.close();
    }
}
