package org.faultdesk.dispatch.app;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.faultdesk.dispatch.domain.DispatchPolicy;
import org.faultdesk.dispatch.domain.FewestOpenOrdersPolicy;

/** The dispatch policy in use; an optimiser would be produced here instead. */
public class Policies {

    @Produces
    @Singleton
    DispatchPolicy dispatchPolicy() {
        return new FewestOpenOrdersPolicy();
    }
}
