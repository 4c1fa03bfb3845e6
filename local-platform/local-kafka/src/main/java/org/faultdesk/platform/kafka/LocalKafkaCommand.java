package org.faultdesk.platform.kafka;

import java.util.List;

/**
 * Command line for {@code ./platform}: {@code up|down|status [--tests]}. Exit code 0 on success,
 * 1 when the broker is not running (status) or could not start, 2 on a usage error.
 */
public final class LocalKafkaCommand {

    private LocalKafkaCommand() {
    }

    public static void main(String[] args) {
        List<String> words = List.of(args);
        if (words.isEmpty()) {
            usage();
        }
        BrokerSettings settings = words.contains("--tests")
                ? BrokerSettings.forTests(BrokerSettings.projectRoot())
                : BrokerSettings.forPlatform(BrokerSettings.projectRoot());
        LocalKafka kafka = new LocalKafka(settings);
        switch (words.get(0)) {
            case "up" -> {
                try {
                    LocalKafka.Status status = kafka.ensureRunning();
                    System.out.printf("kafka     %s  %s (pid %s, log %s)%n", status.bootstrapServers(),
                            status.reused() ? "already running" : "started",
                            status.pid().map(String::valueOf).orElse("unknown"), settings.logFile());
                } catch (RuntimeException e) {
                    System.err.println("kafka     failed to start: " + e.getMessage());
                    System.exit(1);
                }
            }
            case "down" -> System.out.printf("kafka     %s%n", kafka.stop() ? "stopped" : "was not running");
            case "status" -> {
                boolean running = kafka.isRunning();
                System.out.printf("kafka     %s  %s%n", settings.bootstrapServers(), running ? "UP" : "DOWN");
                System.exit(running ? 0 : 1);
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: LocalKafkaCommand up|down|status [--tests]");
        System.exit(2);
    }
}
