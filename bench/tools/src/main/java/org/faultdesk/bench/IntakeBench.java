package org.faultdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.faultdesk.platform.kafka.BrokerSettings;
import org.faultdesk.platform.kafka.LocalKafka;

/**
 * The ticket-intake benchmark's tool (run by run.sh with the local-kafka launcher classpath):
 *
 * <pre>
 *   broker up|down                         a broker of the benchmark's own (port 29591)
 *   max  URL SECONDS CLIENTS IDS_FILE      closed loop: CLIENTS callers post as fast as answered
 *   rate URL SECONDS PER_SECOND IDS_FILE   open loop: one post every 1/PER_SECOND s, latency from the due time
 *   verify IDS_FILE...                     every accepted ticket id is a key on ticket-opened
 * </pre>
 */
public class IntakeBench {

    static final BrokerSettings BROKER = new BrokerSettings("127.0.0.1", 29591, 29592,
            BrokerSettings.projectRoot().resolve(".platform/bench-kafka"), true, "512m");

    /** CPU this process had used when main began (JVM start, compiling this file), left out of the account. */
    static long CPU_AT_MAIN;

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        CPU_AT_MAIN = processCpuNanos();
        // Keep one connection per caller alive (the JDK caches only 5 per host by default).
        System.setProperty("http.maxConnections", "512");
        switch (args[0]) {
            case "broker" -> {
                LocalKafka kafka = new LocalKafka(BROKER);
                if (args[1].equals("up")) {
                    System.out.println("bench broker at " + kafka.ensureRunning().bootstrapServers());
                } else {
                    kafka.stop();
                }
            }
            case "max" -> report(closedLoop(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3])), args[4]);
            case "rate" -> report(openLoop(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3])), args[4]);
            case "verify" -> verify(Arrays.copyOfRange(args, 1, args.length));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** What a load run saw: accepted ticket ids, latencies of accepted posts, failures, wall time. */
    record Result(List<String> ids, long[] latenciesNanos, long failures, Duration took) {
    }

    static Result closedLoop(String url, int seconds, int clients) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    String id = post(url, failures);
                    if (id != null) {
                        ids.add(id);
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - sent;
                    }
                }
                latencies.add(Arrays.copyOf(mine, n));
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new Result(new ArrayList<>(ids), merge(latencies), failures.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Latency counts from when a post was due, so a stalled service cannot hide its queue (no coordinated omission). */
    static Result openLoop(String url, int seconds, int perSecond) throws InterruptedException {
        long total = (long) seconds * perSecond;
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[(int) total];
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        OpenLoop.run(total, perSecond, Math.max(16, perSecond / 10), (i, due) -> {
            String id = post(url, failures);
            latencies[(int) i] = id != null ? System.nanoTime() - due : -1;
            if (id != null) {
                ids.add(id);
            }
        });
        long[] accepted = Arrays.stream(latencies).filter(l -> l >= 0).toArray();
        return new Result(new ArrayList<>(ids), accepted, failures.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** One ticket posted; its id, or null (counted) when it was not created. */
    static String post(String url, AtomicLong failures) {
        try {
            String id = Http.post(url, BODY.formatted("BENCH-" + UUID.randomUUID())).createdId();
            if (id == null) {
                failures.incrementAndGet();
            }
            return id;
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            return null;
        }
    }

    static void report(Result result, String idsFile) throws IOException {
        long[] sorted = result.latenciesNanos().clone();
        Arrays.sort(sorted);
        double seconds = result.took().toNanos() / 1e9;
        // The generator shares the machine's cores with what it measures: its own CPU is part of the account.
        double generatorCpuSeconds = (processCpuNanos() - CPU_AT_MAIN) / 1e9;
        System.out.printf("accepted=%d failed=%d seconds=%.1f tickets_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f generator_cpu_s=%.1f%n",
                result.ids().size(), result.failures(), seconds, result.ids().size() / seconds,
                percentileMillis(sorted, 50), percentileMillis(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                generatorCpuSeconds);
        Files.write(Path.of(idsFile), result.ids());
    }

    /** A percentile of latencies in nanoseconds, in milliseconds; NaN when there are none. */
    static double percentileMillis(long[] sortedNanos, double p) {
        return sortedNanos.length == 0 ? Double.NaN : Percentiles.of(sortedNanos, p) / 1e6;
    }

    static long[] merge(ConcurrentLinkedQueue<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** Reads ticket-opened from the start of the benchmark broker until every accepted id was seen. */
    static void verify(String[] idsFiles) throws IOException {
        Set<String> expected = new HashSet<>();
        for (String file : idsFiles) {
            expected.addAll(Files.readAllLines(Path.of(file)));
        }
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("ticket-opened").stream()
                    .map(info -> new TopicPartition("ticket-opened", info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!seen.containsAll(expected) && System.nanoTime() < giveUp) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.key()));
            }
        }
        long missing = expected.stream().filter(id -> !seen.contains(id)).count();
        System.out.printf("accepted=%d on_ticket_opened=%d missing=%d%n", expected.size(), expected.size() - missing, missing);
        if (missing > 0) {
            System.exit(1);
        }
    }

    static final String BODY = """
            {"name": "No internet since 08:00", "description": "Home broadband down since 08:00, ONT LOS light red",
             "severity": "CRITICAL", "priority": 2, "ticketType": "FAULT", "serviceType": "HOME_BROADBAND",
             "customerTier": "GOLD", "faultScope": "WITHIN_CITY", "locality": "URBAN", "areaCode": "GZ-TH-03",
             "channel": "bench", "externalIdentifier": "%s",
             "customerContact": {"name": "王小明", "phone": "13812345678", "language": "zh-CN"}}""";
}
