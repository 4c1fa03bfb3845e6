package org.faultdesk.support.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether the service has begun to stop. From then on the consumers still receive records while
 * the parts they need close under them (Hibernate's EntityManagerFactory, the datasource): a
 * failure then says nothing about the record, which is left for the next instance rather than
 * dead-lettered ({@link StoppedBeforeHandled}).
 */
@ApplicationScoped
public class ServiceStopping {

    private volatile boolean stopping;

    /** First of every observer of the stop: before the workers' and the relay's, which take seconds. */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }
}
