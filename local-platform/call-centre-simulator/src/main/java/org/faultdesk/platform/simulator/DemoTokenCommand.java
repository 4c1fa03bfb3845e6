package org.faultdesk.platform.simulator;

import java.nio.file.Path;
import java.util.List;
import org.faultdesk.platform.keycloak.KeycloakSettings;
import org.faultdesk.platform.keycloak.LocalKeycloak;

/**
 * {@code ./platform token ROLE [USER]}: prints an access token of a demo user of the local
 * platform's Keycloak, created (or brought up to date) with the role and with what the demo's
 * people of that role look after, as the simulator's users are ({@link Tokens#scopeOf}).
 */
public final class DemoTokenCommand {

    private static final List<String> ROLES = List.of("agent", "technician", "dispatcher", "supervisor", "ops", "admin");

    private DemoTokenCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !ROLES.contains(args[0])) {
            System.err.println("usage: ./platform token " + String.join("|", ROLES) + " [USER]");
            System.exit(2);
        }
        String role = args[0];
        String user = args.length == 2 ? args[1] : "demo-" + role;
        LocalKeycloak keycloak = new LocalKeycloak(KeycloakSettings.forPlatform(
                Path.of(System.getProperty("faultdesk.root", "."))));
        try {
            keycloak.putUser(user, Tokens.scopeOf(role), role);
            System.out.println(keycloak.token(user));
        } catch (RuntimeException e) {
            System.err.println("token: " + e.getMessage() + " (is the platform up? ./platform status)");
            System.exit(1);
        }
    }
}
