package org.faultdesk.ticket.api;

import io.quarkus.test.junit.QuarkusTest;
import org.faultdesk.platform.test.EndpointRolesContract;

/** Every endpoint admits exactly the roles of the README's table "Who may call what". */
@QuarkusTest
class EndpointRolesTest extends EndpointRolesContract {
}
