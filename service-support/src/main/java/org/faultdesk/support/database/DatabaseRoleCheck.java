package org.faultdesk.support.database;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Says loudly, at start, when the service runs as a database role that can do more than read and
 * write its rows (a superuser, or the owner of its tables): a flaw or an injection in the service
 * could then drop the schema or reach other databases. The service still starts (a single login is
 * a deployment's choice); ADR 0008 says how the roles are meant to be split.
 */
@ApplicationScoped
public class DatabaseRoleCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseRoleCheck.class);

    @Inject
    EntityManager entityManager;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return; // the module tests run as the administrator on purpose
        }
        Object[] role = (Object[]) entityManager.createNativeQuery("select current_user::text, r.rolsuper,"
                + " exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user)"
                + " from pg_roles r where r.rolname = current_user").getSingleResult();
        if (Boolean.TRUE.equals(role[1]) || Boolean.TRUE.equals(role[2])) {
            LOG.warnf("the service runs as database role %s, which %s: give it a role that may only read and write"
                    + " rows, and migrations their own login (DB_MIGRATION_USER; docs/adr/0008)", role[0],
                    Boolean.TRUE.equals(role[1]) ? "is a superuser" : "owns the tables");
        }
    }
}
