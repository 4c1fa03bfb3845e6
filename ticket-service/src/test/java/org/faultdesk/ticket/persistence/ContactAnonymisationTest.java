package org.faultdesk.ticket.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.open;
import static org.faultdesk.ticket.api.TicketRequests.patch;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A ticket that ended long enough ago keeps no contact of its customer; one still open keeps it. */
@QuarkusTest
class ContactAnonymisationTest {

    @Inject
    ContactAnonymisation anonymisation;

    @Inject
    Clock clock;

    @Test
    void theContactOfAnEndedTicketIsBlankedPastTheHorizonAndNothingElse() {
        String cancelled = open();
        patch(cancelled, "{\"status\": \"cancelled\", \"statusChangeReason\": \"customer withdrew\"}");
        String stillOpen = open();
        Instant cutoff = clock.instant();
        String endedAfterTheCutoff = open();

        assertThat(anonymisation.anonymiseEndedBefore(cutoff)).isGreaterThanOrEqualTo(1);
        patch(endedAfterTheCutoff, "{\"status\": \"cancelled\", \"statusChangeReason\": \"duplicate\"}");
        assertThat(anonymisation.anonymiseEndedBefore(cutoff)).as("nothing left to do before the cutoff").isZero();

        agent().get(TICKETS + "/" + cancelled).then().statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("customerContact.name", equalTo("(anonymised)"))
                .body("customerContact.phone", equalTo("(anonymised)"))
                .body("customerContact.email", nullValue())
                .body("customerContact.address", nullValue())
                .body("statusChangeHistory[-1].changeReason", equalTo("customer withdrew"));
        agent().get(TICKETS + "/" + stillOpen).then().body("customerContact.name", equalTo("王小明"));
        agent().get(TICKETS + "/" + endedAfterTheCutoff).then().body("customerContact.phone", equalTo("13812345678"));
    }
}
