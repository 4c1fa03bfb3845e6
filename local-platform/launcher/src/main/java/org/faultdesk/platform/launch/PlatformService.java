package org.faultdesk.platform.launch;

import java.nio.file.Path;
import java.util.Arrays;

/** The four services of the platform: where each listens by default, its database, its packaged jar. */
public enum PlatformService {
    TICKET_SERVICE("ticket-service", 8081, "ticket_service"),
    DISPATCH_SERVICE("dispatch-service", 8082, "dispatch_service"),
    SLA_MONITOR("sla-monitor", 8083, "sla_monitor"),
    NOTIFICATION_SERVICE("notification-service", 8084, "notification_service");

    private final String serviceName;
    private final int defaultPort;
    private final String database;

    PlatformService(String serviceName, int defaultPort, String database) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** The module's and the process's name, e.g. {@code ticket-service}. */
    public String serviceName() {
        return serviceName;
    }

    /** The port {@code ./platform up} gives it (docker-compose uses the same). */
    public int defaultPort() {
        return defaultPort;
    }

    /** Its database under {@code ./platform}; the tests and benchmarks prefix it ({@code e2e_}, {@code bench_}). */
    public String database() {
        return database;
    }

    /** The packaged application ({@code ./mvnw package} builds it). */
    public Path jar(Path projectRoot) {
        return projectRoot.resolve(serviceName).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The process name of the {@code instance}-th instance (from 1) of this service: the service's
     * name for the first, {@code ticket-service-2} for the second, and so on. Its pid and log files are named so.
     */
    public String instanceName(int instance) {
        if (instance < 1) {
            throw new IllegalArgumentException("instances are numbered from 1, not " + instance);
        }
        return instance == 1 ? serviceName : serviceName + "-" + instance;
    }

    /** The service an instance name ({@link #instanceName}) belongs to. */
    public static PlatformService ofInstance(String instanceName) {
        return named(instanceName.replaceFirst("-[0-9]+$", ""));
    }

    public static PlatformService named(String name) {
        return Arrays.stream(values()).filter(s -> s.serviceName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service '" + name + "'; the services are "
                        + Arrays.stream(values()).map(PlatformService::serviceName).toList()));
    }
}
