package org.faultdesk.platform.keycloak;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line for {@code ./platform}: {@code up|down|status}, {@code secret CLIENT} (a service's
 * client secret), {@code user NAME ROLE...} (create or reset a user), {@code token NAME} (an access
 * token for a user created so). Exit code 0 on success, 1 on failure, 2 on a usage error.
 */
public final class LocalKeycloakCommand {

    private LocalKeycloakCommand() {
    }

    public static void main(String[] args) {
        List<String> words = List.of(args);
        if (words.isEmpty()) {
            usage();
        }
        Path root = Path.of(System.getProperty("faultdesk.root", "."));
        LocalKeycloak keycloak = new LocalKeycloak(KeycloakSettings.forPlatform(root));
        try {
            switch (words.get(0)) {
                case "up" -> {
                    LocalKeycloak.Status status = keycloak.ensureRunning();
                    System.out.printf("keycloak  %s  %s (pid %s, log %s)%n", status.issuer(),
                            status.reused() ? "already running" : "started",
                            status.pid().map(String::valueOf).orElse("unknown"), keycloak.settings().logFile());
                }
                case "down" -> System.out.printf("keycloak  %s%n", keycloak.stop() ? "stopped" : "was not running");
                case "status" -> {
                    boolean ready = keycloak.isReady();
                    System.out.printf("keycloak  %s  %s%n", keycloak.settings().issuer(), ready ? "UP" : "DOWN");
                    System.exit(ready ? 0 : 1);
                }
                case "secret" -> System.out.println(keycloak.clientSecret(argument(words, 1)));
                case "user" -> {
                    // ROLE words, and NAME=VALUE,VALUE… words for the attributes the realm maps into tokens.
                    List<String> rest = words.subList(2, words.size());
                    List<String> roles = rest.stream().filter(word -> !word.contains("=")).toList();
                    Map<String, List<String>> attributes = new LinkedHashMap<>();
                    rest.stream().filter(word -> word.contains("=")).forEach(word -> attributes.put(
                            word.substring(0, word.indexOf('=')), List.of(word.substring(word.indexOf('=') + 1).split(","))));
                    keycloak.putUser(argument(words, 1), attributes, roles.toArray(String[]::new));
                    System.out.printf("keycloak  user %s with roles %s %s%n", words.get(1), roles, attributes);
                }
                case "token" -> System.out.println(keycloak.token(argument(words, 1)));
                default -> usage();
            }
        } catch (RuntimeException e) {
            System.err.println("keycloak  " + words.get(0) + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String argument(List<String> words, int index) {
        if (words.size() <= index) {
            usage();
        }
        return words.get(index);
    }

    private static void usage() {
        System.err.println("usage: LocalKeycloakCommand up|down|status | secret CLIENT | user NAME ROLE... [channel=C,…] [areas=A,…]"
                + " | token NAME");
        System.exit(2);
    }
}
