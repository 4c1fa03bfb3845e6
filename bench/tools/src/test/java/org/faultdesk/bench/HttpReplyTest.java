package org.faultdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpReplyTest {

    @Test
    void aCreatedTicketIsNamedByTheLastSegmentOfItsLocation() {
        assertThat(new Http.Reply(201, "http://h/tmf-api/troubleTicket/v5/troubleTicket/TT-20261124-000001", "{}")
                .createdId()).isEqualTo("TT-20261124-000001");
    }

    @Test
    void anythingButA201WithALocationIsAFailure() {
        assertThat(new Http.Reply(200, "http://h/x/TT-1", "{}").createdId()).isNull();
        assertThat(new Http.Reply(201, null, "{}").createdId()).isNull();
        assertThat(new Http.Reply(503, null, "").createdId()).isNull();
    }
}
