package org.faultdesk.platform.test;

/** Where a test's PostgreSQL database is. */
public record TestDatabase(String jdbcUrl, String username, String password) {
}
