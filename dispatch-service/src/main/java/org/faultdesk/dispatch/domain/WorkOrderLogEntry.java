package org.faultdesk.dispatch.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of a work order's audit trail: assignments, declines, time-outs, bookings, visit steps. */
@Entity
@Table(name = "work_order_log")
public class WorkOrderLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_order_id", nullable = false)
    public String workOrderId;

    /** A WorkOrderAction name, or ASSIGNED for an assignment. */
    @Column(nullable = false)
    public String action;

    @Column(name = "technician_id")
    public String technicianId;

    @Column(nullable = false)
    public int assignment;

    @Column(name = "appointment_start")
    public Instant appointmentStart;

    @Column(name = "appointment_end")
    public Instant appointmentEnd;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public static List<WorkOrderLogEntry> of(String workOrderId) {
        return list("workOrderId = ?1 order by id", workOrderId);
    }
}
