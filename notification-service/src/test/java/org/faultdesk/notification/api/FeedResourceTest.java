package org.faultdesk.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.token;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.notification.Supervisors;
import org.faultdesk.notification.TestEvents;
import org.faultdesk.platform.test.TestKafka;
import org.junit.jupiter.api.Test;

/** The supervisors' live feed, read over real HTTP as a browser's EventSource would. */
@QuarkusTest
class FeedResourceTest {

    @TestHTTPResource("/api/v1/feed")
    URI feed;

    @Test
    void supervisorsHaveAPageThatListensToTheFeed() {
        given().get("/feed.html").then().statusCode(200)
                .body(containsString("fetch('/api/v1/feed'"), containsString("'Authorization': 'Bearer ' + token"));
    }

    @Test
    void anEscalationAppearsOnTheLiveFeed() throws Exception {
        String area = Supervisors.area();
        String manager = Supervisors.onCall(EscalationRole.DUTY_MANAGER, area, null, "zh-CN");
        String ticketId = TestEvents.ticketId();
        HttpClient client = HttpClient.newHttpClient();
        // A supervisor's token is needed, as the page sends it: none is 401, another role's 403.
        assertThat(client.send(HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        assertThat(client.send(HttpRequest.newBuilder(feed).header("Authorization", "Bearer " + token("agent-1", "agent"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(feed).header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + token(manager, "supervisor")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "feed-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("CONNECTED")));

            TestKafka.publish(TestEvents.escalated(ticketId, area, EscalationRole.DUTY_MANAGER, false));

            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains(ticketId)));
            String event = lines.stream().filter(l -> l.contains(ticketId)).findFirst().orElseThrow();
            assertThat(event).startsWith("data:").contains("\"notice\":\"ESCALATION\"", "值班经理", "2026-11-23 20:15");
        } finally {
            response.body().close();
            reader.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
