package org.faultdesk.support.migration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the service's schema up to date with Flyway before anything else starts: in particular
 * before the Kafka consumers (which start at {@code LIBRARY_BEFORE}) handle their first event.
 *
 * <p>Migrations come from {@code db/migration} (the service's own) and {@code db/outbox} (the
 * shared outbox tables, versions below 1).
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "faultdesk.migrations.locations", defaultValue = "classpath:db/migration,classpath:db/outbox")
    List<String> locations;

    /** Tests start from an empty schema so that no run depends on a previous one. */
    @ConfigProperty(name = "faultdesk.migrations.clean-at-start", defaultValue = "false")
    boolean cleanAtStart;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        Flyway flyway = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .cleanDisabled(!cleanAtStart)
                .load();
        if (cleanAtStart) {
            flyway.clean();
        }
        MigrateResult result = flyway.migrate();
        LOG.infof("database schema at version %s (%d migration(s) applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }
}
