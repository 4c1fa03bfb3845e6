package org.faultdesk.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultdesk.platform.test.TestIdentity.agent;
import static org.faultdesk.ticket.api.TicketRequests.TICKETS;
import static org.faultdesk.ticket.api.TicketRequests.faultBody;
import static org.faultdesk.ticket.api.TicketRequests.uniqueExternalId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Call centres retry on timeouts, sometimes several times at once: still one ticket. */
@QuarkusTest
class ConcurrentRetriesTest {

    private static final int RETRIES = 8;

    @Test
    void eightSimultaneousPostsOfOneExternalIdentifierCreateExactlyOneTicket() throws Exception {
        String externalId = uniqueExternalId();
        List<Response> answers = postAtOnce(faultBody(externalId), null);

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 201);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).extracting(answer -> answer.<String>path("id")).containsOnly(answers.get(0).<String>path("id"));
        agent().queryParam("externalIdentifier", externalId).queryParam("channel", "hotline-10010")
                .when().get(TICKETS)
                .then().statusCode(200)
                .header("X-Total-Count", "1");
    }

    @Test
    void eightSimultaneousPostsWithOneIdempotencyKeyCreateExactlyOneTicket() throws Exception {
        String key = "key-" + uniqueExternalId();
        List<Response> answers = postAtOnce(faultBody(uniqueExternalId()), key);

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSize(RETRIES - 1);
        assertThat(answers).extracting(answer -> answer.<String>path("id")).containsOnly(answers.get(0).<String>path("id"));
    }

    private static List<Response> postAtOnce(String body, String idempotencyKey) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RETRIES);
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                Callable<Response> post = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    var request = agent().contentType(ContentType.JSON).body(body);
                    if (idempotencyKey != null) {
                        request.header("Idempotency-Key", idempotencyKey);
                    }
                    return request.post(TICKETS);
                };
                futures.add(pool.submit(post));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
