package org.faultdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The system benchmark's tool (run by run.sh, docs/benchmarks.md):
 *
 * <pre>
 *   staff DISPATCH_URL NOTIFICATION_URL COUNT AREA
 *        registers COUNT technicians for AREA, and a team lead, duty manager and area manager on
 *        call for it around the clock, so that every escalation is really delivered
 *   run TICKETS_URL BOOTSTRAP SECONDS RATE TAIL_SECONDS
 *        posts RATE tickets/s for SECONDS s (open loop) and follows them on Kafka until TAIL_SECONDS
 *        after the last post: POST latency, POST → ticket-opened and POST → ticket-dispatched
 *        latency, and the lateness of SLA stages (sla-warning-raised, ticket-escalated: when the
 *        event reached a consumer minus the stage's dueAt)
 * </pre>
 *
 * One ticket in ten is an AAA internet leased-line fault, which run.sh's policy gives a one-minute
 * restore deadline so that its whole escalation ladder falls due during the run; the others are home
 * broadband faults with their real deadlines (hours), which only open clocks.
 */
public class SystemBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> TOPICS = List.of("ticket-opened", "ticket-dispatched", "sla-warning-raised", "ticket-escalated");

    public static void main(String[] args) throws Exception {
        // One kept-alive connection per caller (the JDK caches only 5 per host by default).
        System.setProperty("http.maxConnections", "512");
        switch (args[0]) {
            case "staff" -> staff(args[1], args[2], Integer.parseInt(args[3]), args[4]);
            case "run" -> run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static void staff(String dispatchUrl, String notificationUrl, int count, String area) throws IOException {
        int added = 0;
        for (int i = 1; i <= count; i++) {
            String body = """
                    {"id": "T-BENCH-%04d", "name": "Bench technician %d", "maintenanceCompany": "Benchmark",
                     "outsourced": false, "teamId": "BENCH", "areaCodes": ["%s"],
                     "skills": ["HOME_BROADBAND", "INTERNET_LEASED_LINE"],
                     "shiftSchedule": "MON-SUN 00:00-24:00", "maxOpenOrders": 50}""".formatted(i, i, area);
            Http.Reply reply = Http.post(dispatchUrl + "/technicians", body);
            if (reply.status() == 201) {
                added++;
            } else if (reply.status() != 409) {
                throw new IOException("dispatch-service refused a technician: " + reply.status() + " " + reply.body());
            }
        }
        System.out.printf("technicians: %d added, %d already there, area %s, 50 open orders each%n", added, count - added, area);
        for (String role : List.of("TEAM_LEAD", "DUTY_MANAGER", "AREA_MANAGER")) {
            String person = "P-BENCH-" + role.replace("_", "-");
            Http.Reply put = Http.send("PUT", notificationUrl + "/api/v1/people/" + person, """
                    {"id": "%s", "name": "Bench %s", "email": "%s@bench.faultdesk.example", "phone": "+86138%08d",
                     "language": "zh-CN"}""".formatted(person, role, person.toLowerCase(), Math.abs(role.hashCode()) % 100_000_000));
            Http.Reply line = Http.post(notificationUrl + "/api/v1/on-call-shifts", """
                    {"personId": "%s", "role": "%s", "areaCode": "%s", "startsAt": "00:00", "endsAt": "00:00"}"""
                    .formatted(person, role, area));
            if (put.status() >= 300 || line.status() >= 300) {
                throw new IOException("notification-service refused the " + role + ": " + put.body() + " " + line.body());
            }
        }
        System.out.println("supervisors: team lead, duty manager and area manager on call for " + area);
    }

    /** When each accepted ticket was posted, and when its events reached us. */
    static final class Timeline {
        final Map<String, Long> postedAt = new ConcurrentHashMap<>();
        final Map<String, Long> openedAt = new ConcurrentHashMap<>();
        final Map<String, Long> dispatchedAt = new ConcurrentHashMap<>();
        /** Lateness in ms of each SLA stage of our tickets, keyed ticket|topic|stage so a redelivery counts once. */
        final Map<String, Long> stageLatenessMillis = new ConcurrentHashMap<>();
        final AtomicLong duplicateStages = new AtomicLong();
    }

    static void run(String ticketsUrl, String bootstrap, int seconds, int rate, int tailSeconds) throws Exception {
        Timeline timeline = new Timeline();
        String runTag = "SB" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        AtomicBoolean following = new AtomicBoolean(true);
        KafkaConsumer<String, String> consumer = consumerAtEnd(bootstrap);
        Thread follower = new Thread(() -> follow(consumer, timeline, following), "follower");
        follower.start();

        long total = (long) seconds * rate;
        long[] postLatencies = new long[(int) total];
        AtomicLong failures = new AtomicLong();
        double postingSeconds = OpenLoop.run(total, rate, Math.max(16, rate / 5), (i, due) -> {
            // Latencies count from the due time, so a stalled service cannot hide its queue.
            long dueMillis = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - due);
            String id = postTicket(ticketsUrl, runTag + "-" + i, i % 10 == 0);
            if (id == null) {
                failures.incrementAndGet();
                postLatencies[(int) i] = -1;
            } else {
                timeline.postedAt.put(id, dueMillis);
                postLatencies[(int) i] = System.nanoTime() - due;
            }
        });
        long lastPost = System.nanoTime();

        // Follow until every ticket is dispatched and the AAA tickets' ladders had time to fall due.
        long tailEnd = lastPost + TimeUnit.SECONDS.toNanos(tailSeconds);
        TimeUnit.NANOSECONDS.sleep(tailEnd - System.nanoTime());
        following.set(false);
        follower.join();

        int accepted = timeline.postedAt.size();
        long[] posts = Arrays.stream(postLatencies).filter(l -> l >= 0).map(l -> l / 1_000_000).sorted().toArray();
        long[] opened = latencies(timeline.postedAt, timeline.openedAt);
        long[] dispatched = latencies(timeline.postedAt, timeline.dispatchedAt);
        long[] lateness = timeline.stageLatenessMillis.values().stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("intake rate=%d/s seconds=%.1f accepted=%d failed=%d achieved=%.0f/s post_p50_ms=%d post_p99_ms=%d%n",
                rate, postingSeconds, accepted, failures.get(), accepted / postingSeconds, Percentiles.of(posts, 50), Percentiles.of(posts, 99));
        System.out.printf("opened on_kafka=%d p50_ms=%d p99_ms=%d max_ms=%d%n",
                opened.length, Percentiles.of(opened, 50), Percentiles.of(opened, 99), Percentiles.max(opened));
        System.out.printf("dispatched on_kafka=%d of %d p50_ms=%d p99_ms=%d max_ms=%d%n",
                dispatched.length, accepted, Percentiles.of(dispatched, 50), Percentiles.of(dispatched, 99), Percentiles.max(dispatched));
        System.out.printf("sla_stages on_kafka=%d redelivered=%d lateness_p50_ms=%d lateness_p99_ms=%d lateness_max_ms=%d%n",
                lateness.length, timeline.duplicateStages.get(), Percentiles.of(lateness, 50), Percentiles.of(lateness, 99), Percentiles.max(lateness));
        if (dispatched.length < accepted) {
            System.exit(1);
        }
    }

    static KafkaConsumer<String, String> consumerAtEnd(String bootstrap) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the first post
        return consumer;
    }

    static void follow(KafkaConsumer<String, String> consumer, Timeline timeline, AtomicBoolean following) {
        try (consumer) {
            while (following.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    String ticketId = record.key();
                    switch (record.topic()) {
                        case "ticket-opened" -> timeline.openedAt.putIfAbsent(ticketId, now);
                        case "ticket-dispatched" -> timeline.dispatchedAt.putIfAbsent(ticketId, now);
                        default -> stage(record, now, timeline);
                    }
                }
            }
        }
    }

    static void stage(ConsumerRecord<String, String> record, long now, Timeline timeline) {
        if (!timeline.postedAt.containsKey(record.key())) {
            return; // not this run's ticket
        }
        try {
            JsonNode event = JSON.readTree(record.value());
            // A ticket's clocks (restore, and each response milestone) number their stages each from 1.
            String stage = event.path("clock").asText("restore") + "/" + (event.has("stage") ? event.get("stage").asText()
                    : event.path("level").asText() + "/" + event.path("targetRole").asText());
            long due = Instant.parse(event.path("dueAt").asText()).toEpochMilli();
            Long earlier = timeline.stageLatenessMillis.putIfAbsent(record.key() + "|" + record.topic() + "|" + stage, now - due);
            if (earlier != null) {
                timeline.duplicateStages.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("unreadable event on " + record.topic() + ": " + e.getMessage());
        }
    }

    /** Latencies in ms from posting to an event, for the tickets this run posted. */
    static long[] latencies(Map<String, Long> postedAt, Map<String, Long> seenAt) {
        return postedAt.entrySet().stream()
                .filter(posted -> seenAt.containsKey(posted.getKey()))
                .mapToLong(posted -> seenAt.get(posted.getKey()) - posted.getValue())
                .sorted().toArray();
    }

    static final List<String> HOME_TIERS = List.of("GOLD", "SILVER", "ORDINARY");

    static String postTicket(String url, String externalId, boolean aaaLeasedLine) {
        String tier = aaaLeasedLine ? "AAA" : HOME_TIERS.get(ThreadLocalRandom.current().nextInt(HOME_TIERS.size()));
        String body = """
                {"name": "%s", "description": "%s", "severity": "%s", "priority": %d, "ticketType": "FAULT",
                 "serviceType": "%s", "customerTier": "%s", "faultScope": "WITHIN_CITY", "locality": "URBAN",
                 "areaCode": "BENCH-01", "channel": "system-bench", "externalIdentifier": "%s",
                 "customerContact": {"name": "王小明", "phone": "13812345678", "language": "zh-CN"}}""".formatted(
                aaaLeasedLine ? "Leased line down" : "No internet",
                aaaLeasedLine ? "100M internet leased line down at HQ, all branches offline" : "Home broadband down, ONT LOS light red",
                aaaLeasedLine ? "CRITICAL" : "MAJOR", aaaLeasedLine ? 1 : 3,
                aaaLeasedLine ? "INTERNET_LEASED_LINE" : "HOME_BROADBAND", tier, externalId);
        try {
            return Http.post(url, body).createdId();
        } catch (IOException e) {
            return null;
        }
    }
}
