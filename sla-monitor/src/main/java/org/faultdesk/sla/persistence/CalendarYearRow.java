package org.faultdesk.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year's public-holiday schedule as an administrator loaded it: the file itself, who and when. */
@Entity
@Table(name = "calendar_year")
public class CalendarYearRow extends PanacheEntityBase {

    @Id
    public int year;

    public String source;

    /** The CSV file as loaded ({@code BusinessCalendar.parseYear} reads it). */
    public String schedule;

    @Column(name = "loaded_by")
    public String loadedBy;

    @Column(name = "loaded_at")
    public Instant loadedAt;
}
