package org.faultdesk.platform.launch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The services' databases in a PostgreSQL server: created when missing ({@code ./platform}),
 * or dropped and created empty (the end-to-end tests and the benchmarks start from nothing).
 */
public record Databases(String host, int port, String user, String password) {

    /** The server of the environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (as psql reads them). */
    public static Databases fromEnvironment() {
        return new Databases(env("PGHOST", "127.0.0.1"), Integer.parseInt(env("PGPORT", "5432")),
                env("PGUSER", "postgres"), env("PGPASSWORD", "postgres"));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public void createIfMissing(String database) {
        run(database, statement -> {
            try (PreparedStatement exists = statement.getConnection()
                    .prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            statement.execute("create database " + database);
        });
    }

    /** Drops the database, ending the connections a killed run left ({@code with (force)}), and creates it empty. */
    public void recreate(String database) {
        run(database, statement -> {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        });
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private void run(String database, Work work) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and '_': " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
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
