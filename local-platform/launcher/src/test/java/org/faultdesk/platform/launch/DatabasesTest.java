package org.faultdesk.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Each service's database has an owner role that migrates it and a role the service runs as, with
 * no power over the server, the schema or another service's database (against the local PostgreSQL).
 */
class DatabasesTest {

    private final Databases databases = Databases.fromEnvironment();

    @Test
    void theServiceRunsAsARoleThatCannotChangeTheSchemaNorReachAnotherDatabase() throws SQLException {
        Databases.ServiceLogin login = databases.prepare("launcher_test_roles", true);
        Databases.ServiceLogin other = databases.prepare("launcher_test_other", true);

        assertThat(login.user()).isEqualTo("launcher_test_roles_app");
        assertThat(login.migrationUser()).isEqualTo("launcher_test_roles_owner");
        assertThat(login.password()).isNotEqualTo(login.migrationPassword()).hasSize(36);
        try (Connection owner = connect("launcher_test_roles", login.migrationUser(), login.migrationPassword());
             Statement statement = owner.createStatement()) {
            statement.execute("create table ticket (id text primary key)");
            statement.execute("grant select, insert on ticket to " + login.user());
        }
        try (Connection app = connect("launcher_test_roles", login.user(), login.password());
             Statement statement = app.createStatement()) {
            statement.execute("insert into ticket values ('TT-1')");
            assertThatThrownBy(() -> statement.execute("create table other (id text)"))
                    .hasMessageContaining("permission denied for schema public");
            assertThatThrownBy(() -> statement.execute("drop table ticket"))
                    .hasMessageContaining("must be owner of table ticket");
            try (ResultSet role = statement.executeQuery(
                    "select rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = current_user")) {
                role.next();
                assertThat(new boolean[] {role.getBoolean(1), role.getBoolean(2), role.getBoolean(3)})
                        .containsOnly(false);
            }
        }
        assertThatThrownBy(() -> connect("launcher_test_other", login.user(), login.password()).close())
                .hasMessageContaining("permission denied for database \"launcher_test_other\"");
        connect("launcher_test_other", other.user(), other.password()).close();

        // A second start keeps the data and gives both roles new passwords.
        Databases.ServiceLogin again = databases.prepare("launcher_test_roles", false);
        assertThat(again.password()).isNotEqualTo(login.password());
        try (Connection app = connect("launcher_test_roles", again.user(), again.password());
             Statement statement = app.createStatement();
             ResultSet rows = statement.executeQuery("select id from ticket")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("TT-1");
        }
    }

    @Test
    void tablesAnEarlierLayoutCreatedAsTheAdministratorPassToTheOwner() throws SQLException {
        databases.prepare("launcher_test_layout", true);
        try (Connection admin = connect("launcher_test_layout", databases.user(), databases.password());
             Statement statement = admin.createStatement()) {
            statement.execute("create table legacy (id bigserial primary key)");
        }

        Databases.ServiceLogin login = databases.prepare("launcher_test_layout", false);

        try (Connection owner = connect("launcher_test_layout", login.migrationUser(), login.migrationPassword());
             Statement statement = owner.createStatement()) {
            statement.execute("alter table legacy add column note text");
            statement.execute("select nextval('legacy_id_seq')");
        }
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(databases.jdbcUrl(database), user, password);
    }
}
