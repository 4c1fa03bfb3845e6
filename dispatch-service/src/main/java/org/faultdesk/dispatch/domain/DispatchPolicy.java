package org.faultdesk.dispatch.domain;

import java.time.Instant;
import java.util.List;

/**
 * Chooses who goes. Pure: given the job, the technicians and the time, it returns the eligible
 * technicians best first; the dispatcher offers the job down that list until the database grants
 * one a slot. A solver-based optimiser may implement this later without touching the dispatcher.
 */
public interface DispatchPolicy {

    List<TechnicianProfile> rank(FieldJob job, List<TechnicianProfile> technicians, Instant now);
}
