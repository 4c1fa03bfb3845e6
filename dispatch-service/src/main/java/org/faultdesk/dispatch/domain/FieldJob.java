package org.faultdesk.dispatch.domain;

import java.util.Set;
import org.faultdesk.events.ServiceType;

/**
 * What a work order asks of a technician.
 *
 * @param excludedTechnicians those who declined it or let it time out: never offered it again
 */
public record FieldJob(String workOrderId, String areaCode, ServiceType serviceType, Set<String> excludedTechnicians) {
}
