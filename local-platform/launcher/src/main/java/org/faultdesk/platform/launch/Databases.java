package org.faultdesk.platform.launch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The services' databases in a PostgreSQL server, each with two roles of its own (ADR 0008): the
 * owner of its schema, that only migrations log in as, and the role the service runs as, that may
 * read and write rows and nothing else (the migrations grant it that). Neither can connect to
 * another service's database. The administrator ({@link #user()}) is used only here, to create them.
 * Both passwords are new at every start: nothing to leak and nothing to default.
 */
public record Databases(String host, int port, String user, String password) {

    /** What a service logs in with: its running role, and its schema's owner for the migrations. */
    public record ServiceLogin(String user, String password, String migrationUser, String migrationPassword) {

        /** As a service takes it: DB_USER, DB_PASSWORD, DB_MIGRATION_USER, DB_MIGRATION_PASSWORD. */
        public Map<String, String> environment() {
            return Map.of("DB_USER", user, "DB_PASSWORD", password,
                    "DB_MIGRATION_USER", migrationUser, "DB_MIGRATION_PASSWORD", migrationPassword);
        }
    }

    /** The server of the environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (as psql reads them). */
    public static Databases fromEnvironment() {
        return new Databases(env("PGHOST", "127.0.0.1"), Integer.parseInt(env("PGPORT", "5432")),
                env("PGUSER", "postgres"), env("PGPASSWORD", "postgres"));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * Creates the database and its two roles when missing ({@code fresh}: drops the database first,
     * ending the connections a killed run left), gives the owner role whatever an earlier layout left
     * to the administrator, and sets new passwords for both roles.
     */
    public ServiceLogin prepare(String database, boolean fresh) {
        requireName(database);
        String owner = database + "_owner";
        String runner = database + "_app";
        ServiceLogin login = new ServiceLogin(runner, UUID.randomUUID().toString(), owner, UUID.randomUUID().toString());
        run("postgres", statement -> {
            if (fresh) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
            role(statement, owner, login.migrationPassword());
            role(statement, runner, login.password());
            if (!exists(statement, database)) {
                statement.execute("create database " + database + " owner " + owner);
            }
            statement.execute("alter database " + database + " owner to " + owner);
            statement.execute("revoke all on database " + database + " from public");
            statement.execute("grant connect, temporary on database " + database + " to " + runner);
        });
        run(database, statement -> takeOver(statement, owner));
        return login;
    }

    /** A login role without any power over the server (no superuser, no creating databases or roles). */
    private static void role(Statement statement, String name, String password) throws SQLException {
        String exists = "select 1 from pg_roles where rolname = '" + name + "'";
        try (ResultSet rows = statement.executeQuery(exists)) {
            if (!rows.next()) {
                statement.execute("create role " + name + " login");
            }
        }
        statement.execute("alter role " + name + " login nosuperuser nocreatedb nocreaterole noinherit password '"
                + password + "'");
    }

    private static boolean exists(Statement statement, String database) throws SQLException {
        try (PreparedStatement query = statement.getConnection()
                .prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The schema, and the tables and sequences an earlier layout created as the administrator, belong
     * to the owner role. Tables first: a serial column's sequence follows its table and cannot be given alone.
     */
    private static void takeOver(Statement statement, String owner) throws SQLException {
        statement.execute("alter schema public owner to " + owner);
        for (String kinds : List.of("'r', 'p', 'v'", "'S'")) {
            List<String> changes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select c.relname, c.relkind from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind in (" + kinds + ")"
                    + " and pg_get_userbyid(c.relowner) <> '" + owner + "'")) {
                while (rows.next()) {
                    String kind = switch (rows.getString(2)) {
                        case "S" -> "sequence";
                        case "v" -> "view";
                        default -> "table";
                    };
                    changes.add("alter " + kind + " public.\"" + rows.getString(1) + "\" owner to " + owner);
                }
            }
            for (String change : changes) {
                statement.execute(change);
            }
        }
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private static void requireName(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and '_': " + database);
        }
    }

    private void run(String database, Work work) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), user, password);
             Statement statement = connection.createStatement()) {
            work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " (user " + user + ") refused: "
                    + e.getMessage() + ". Is it running? (pg_ctlcluster 15 main start)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
