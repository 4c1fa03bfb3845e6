-- dispatch-service's schema. The outbox and processed-event tables come first from the shared
-- location db/outbox (V0_1). Demo technicians live apart, in db/demo (see the README).

-- A field technician (装维人员) of the operator or of an outsourced maintenance company (代维).
create table technician (
    id                  varchar(40)  primary key,
    name                varchar(120) not null,
    maintenance_company varchar(120) not null,
    outsourced          boolean      not null,
    team_id             varchar(60)  not null,
    -- Comma-separated lists read by the domain classes: a handful of values per technician.
    area_codes          varchar(1000) not null,
    skills              varchar(1000) not null,
    -- Weekly shifts in Asia/Shanghai wall-clock time, e.g. "MON-FRI 08:00-18:00;SAT 09:00-13:00".
    shift_schedule      varchar(1000) not null,
    max_open_orders     int          not null,
    -- The open work orders the technician holds now. The check below is what keeps two
    -- dispatchers (two instances, one database) from giving anyone more than allowed.
    open_orders         int          not null default 0,
    on_duty             boolean      not null default true,
    last_assigned_at    timestamptz,
    constraint technician_capacity check (max_open_orders between 1 and 50),
    constraint technician_open_orders_within_capacity check (open_orders between 0 and max_open_orders)
);

-- One work order per ticket that needs a visit; the unique ticket id makes a redelivered
-- ticket-opened harmless even if the processed-event log were bypassed.
create table work_order (
    id                   varchar(40)  primary key,
    ticket_id            varchar(120) not null unique,
    kind                 varchar(30)  not null,
    service_type         varchar(40)  not null,
    customer_tier        varchar(20)  not null,
    fault_scope          varchar(30)  not null,
    locality             varchar(20)  not null,
    priority             int          not null,
    area_code            varchar(200) not null,
    title                text         not null,
    opened_at            timestamptz  not null,
    -- Our own estimate from the published deadline table, replaced by sla-monitor's figure.
    estimated_deadline   timestamptz  not null,
    sla_deadline         timestamptz,
    status               varchar(30)  not null,
    technician_id        varchar(40)  references technician (id),
    assignment           int          not null default 0,
    assigned_at          timestamptz,
    next_assignment_reason varchar(40) not null,
    waiting_announced    boolean      not null default false,
    -- Technicians who declined or let the order time out: never offered it again.
    excluded_technicians varchar(2000) not null default '',
    appointment_start    timestamptz,
    appointment_end      timestamptz,
    arrived_at           timestamptz,
    resolution_code      varchar(80),
    completion_notes     varchar(2000),
    closed_at            timestamptz,
    version              bigint       not null default 0,
    -- A waiting order has no technician, an order in the field has one; a closed one keeps the last.
    constraint work_order_held_by_technician check (
        status in ('COMPLETED', 'CANCELLED') or (status = 'WAITING') = (technician_id is null)),
    constraint work_order_appointment_window check (appointment_end is null or appointment_end > appointment_start)
);

create index work_order_waiting on work_order (status) where status = 'WAITING';
create index work_order_technician on work_order (technician_id) where technician_id is not null;

-- The audit trail: every assignment, decline, time-out, booking and visit step, per work order.
create table work_order_log (
    id               bigserial    primary key,
    work_order_id    varchar(40)  not null references work_order (id),
    action           varchar(40)  not null,
    technician_id    varchar(40),
    assignment       int          not null,
    appointment_start timestamptz,
    appointment_end  timestamptz,
    note             varchar(2000),
    actor            varchar(80)  not null,
    at               timestamptz  not null
);

create index work_order_log_by_order on work_order_log (work_order_id, id);

-- One row per assignment; the partial unique index lets a work order hold one live assignment
-- at most, whatever the number of dispatchers racing for it.
create table assignment (
    work_order_id    varchar(40)  not null references work_order (id),
    assignment       int          not null,
    technician_id    varchar(40)  not null references technician (id),
    assigned_at      timestamptz  not null,
    ended_at         timestamptz,
    ended_by         varchar(40),
    primary key (work_order_id, assignment)
);

create unique index assignment_one_live_per_order on assignment (work_order_id) where ended_at is null;
