package org.faultdesk.dispatch;

import static org.faultdesk.platform.test.TestIdentity.dispatcher;

import io.restassured.path.json.JsonPath;
import org.faultdesk.events.EventJson;
import org.faultdesk.events.TicketDispatched;
import org.faultdesk.events.WorkOrderAction;
import org.faultdesk.events.WorkOrderUpdated;
import org.faultdesk.platform.test.TopicWatcher;

/** Waits for this service's own output about one ticket. */
public final class Await {

    private Await() {
    }

    public static WorkOrderUpdated action(TopicWatcher workOrderUpdates, String ticketId, WorkOrderAction action) {
        return EventJson.read(workOrderUpdates.awaitRecord(r -> ticketId.equals(r.key())
                && EventJson.read(r.value(), WorkOrderUpdated.class).action() == action).value(), WorkOrderUpdated.class);
    }

    /** The {@code assignment}-th dispatch of the ticket (1 for the first). */
    public static TicketDispatched dispatch(TopicWatcher dispatches, String ticketId, int assignment) {
        return EventJson.read(dispatches.awaitRecord(r -> ticketId.equals(r.key())
                && EventJson.read(r.value(), TicketDispatched.class).assignment() == assignment).value(), TicketDispatched.class);
    }

    /** The ticket's work orders as the dispatcher's REST view shows them: a JSON array. */
    public static JsonPath workOrders(String ticketId) {
        return dispatcher().queryParam("ticketId", ticketId).get("/work-orders")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A work order's history as the dispatcher's REST view shows it: a JSON array, oldest first. */
    public static JsonPath history(String workOrderId) {
        return dispatcher().get("/work-orders/{w}/history", workOrderId).then().statusCode(200).extract().jsonPath();
    }
}
