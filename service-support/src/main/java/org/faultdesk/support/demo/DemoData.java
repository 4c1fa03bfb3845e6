package org.faultdesk.support.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo data, the same way in every service: a service's {@value #SCRIPT} (statements that insert
 * {@code … on conflict do nothing}, so that a second start adds nothing) runs at start only when
 * {@code faultdesk.demo.enabled=true}. {@code ./platform up} and {@code demo} switch it on; a
 * deployment never gets invented people by default.
 *
 * <p>Not a Flyway migration: migrations are the schema every deployment gets, and Flyway's
 * locations are fixed when the service is built, not when it starts.
 */
@ApplicationScoped
public class DemoData {

    static final String SCRIPT = "demo/demo-data.sql";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "faultdesk.demo.enabled", defaultValue = "false")
    boolean enabled;

    // After the migrations (run when the datasource starts), before the Kafka consumers.
    void loadAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) throws SQLException {
        if (enabled) {
            load();
        }
    }

    /** Runs the script in one transaction; a second run adds nothing (its statements are idempotent). */
    public void load() throws SQLException {
        String script = readScript();
        if (script == null) {
            LOG.warnf("faultdesk.demo.enabled=true but this service has no %s", SCRIPT);
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script);
            connection.commit();
        }
        LOG.warnf("DEMO data loaded from %s (faultdesk.demo.enabled=true): not for a real deployment", SCRIPT);
    }

    private static String readScript() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }
}
