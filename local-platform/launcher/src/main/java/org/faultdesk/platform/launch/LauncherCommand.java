package org.faultdesk.platform.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultdesk.platform.kafka.BrokerSettings;

/**
 * The launcher's command line, for {@code ./platform} and the benchmarks' scripts:
 * <pre>
 *   start SERVICE [--instance K] [--port N] [--db NAME] [--fresh-db] [--kafka HOST:PORT] [--heap SIZE] [--quick]
 *                 [--pid-dir DIR] [--log-dir DIR] [VAR=VALUE ...]
 *   stop INSTANCE... [--pid-dir DIR] [--grace SECONDS]
 *   jvm-options [--quick]
 * </pre>
 * A started service keeps running after this command exits; its pid is in {@code <pid-dir>/INSTANCE.pid},
 * where INSTANCE is the service's name for the first instance and {@code SERVICE-K} for the K-th
 * (the same database and broker: instances of one service share its work, docs/deploy.md).
 * Exit code 0 on success, 1 on a failure, 2 on a usage error.
 */
public final class LauncherCommand {

    private LauncherCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage("no command");
        }
        Options options = Options.parse(List.of(args).subList(1, args.length));
        try {
            switch (args[0]) {
                case "start" -> start(options);
                case "stop" -> stop(options);
                case "jvm-options" -> System.out.println(String.join(" ",
                        options.flag("--quick") ? JvmOptions.QUICK_START : List.of()));
                default -> usage("unknown command " + args[0]);
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("launcher: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void start(Options options) {
        if (options.words().size() != 1) {
            usage("start takes one service");
        }
        PlatformService service = PlatformService.named(options.words().get(0));
        int port = Integer.parseInt(options.value("--port", Integer.toString(service.defaultPort())));
        String database = options.value("--db", service.database());
        Path pidDir = Path.of(options.value("--pid-dir", ".platform"));
        Path logDir = Path.of(options.value("--log-dir", ".platform/logs"));
        Databases databases = Databases.fromEnvironment();
        Databases.ServiceLogin login = databases.prepare(database, options.flag("--fresh-db"));
        Map<String, String> environment = new HashMap<>(options.environment());
        environment.put("DB_URL", databases.jdbcUrl(database));
        environment.putAll(login.environment());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", options.value("--kafka", "127.0.0.1:9092"));
        String instance = service.instanceName(Integer.parseInt(options.value("--instance", "1")));
        ServiceProcess process = new ServiceProcess(instance, service.jar(root()), port, environment,
                JvmOptions.of(options.value("--heap", "384m"), options.flag("--quick")), logDir, pidDir);
        process.launch();
        System.out.printf("%-23s started (pid %d, log %s)%n", instance, process.pid(), process.logFile());
    }

    private static void stop(Options options) {
        Path pidDir = Path.of(options.value("--pid-dir", ".platform"));
        Duration grace = Duration.ofSeconds(Long.parseLong(options.value("--grace", "30")));
        List<String> names = options.words();
        List<Boolean> stopped = ServiceProcess.stopRecorded(names.stream()
                .map(name -> pidDir.resolve(instanceFileName(name) + ".pid")).toList(), grace);
        for (int i = 0; i < names.size(); i++) {
            System.out.printf("%-23s %s%n", names.get(i), stopped.get(i) ? "stopped" : "was not running");
        }
    }

    /** An instance's name, checked to be one of a platform service, for its pid file. */
    private static String instanceFileName(String instance) {
        PlatformService.ofInstance(instance);
        return instance;
    }

    private static Path root() {
        return BrokerSettings.projectRoot();
    }

    private static void usage(String problem) {
        System.err.println("launcher: " + problem + "\nusage: LauncherCommand start SERVICE [--instance K] [--port N] [--db NAME] "
                + "[--fresh-db] [--kafka HOST:PORT] [--heap SIZE] [--quick] [--pid-dir DIR] [--log-dir DIR] [VAR=VALUE ...]\n"
                + "       LauncherCommand stop INSTANCE... [--pid-dir DIR] [--grace SECONDS]\n"
                + "       LauncherCommand jvm-options [--quick]");
        System.exit(2);
    }

    /** Words, {@code --name value} options, {@code --flag}s and {@code VAR=VALUE} settings, in any order. */
    record Options(List<String> words, Map<String, String> values, List<String> flags, Map<String, String> environment) {

        private static final List<String> FLAGS = List.of("--quick", "--fresh-db");

        static Options parse(List<String> args) {
            List<String> words = new ArrayList<>();
            Map<String, String> values = new HashMap<>();
            List<String> flags = new ArrayList<>();
            Map<String, String> environment = new HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (FLAGS.contains(arg)) {
                    flags.add(arg);
                } else if (arg.startsWith("--")) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    values.put(arg, args.get(++i));
                } else if (arg.matches("[A-Z_][A-Z0-9_]*=.*")) {
                    environment.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else {
                    words.add(arg);
                }
            }
            return new Options(words, values, flags, environment);
        }

        String value(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        boolean flag(String name) {
            return flags.contains(name);
        }
    }
}
