-- sla-monitor's schema; the outbox and processed-event tables come first from db/outbox (V0_1).

-- One restore clock per ticket. The status marks (JSON) are the source of truth; the columns after
-- them are derived on every change, for the REST views and the compliance report.
-- A row may exist before its ticket-opened event arrives (topics are not ordered with each other):
-- opened_at is then null and the marks wait for it.
create table sla_clock (
    ticket_id          varchar(120) primary key,
    opened_at          timestamptz,
    classification     text,
    classified_at      timestamptz,
    customer_tier      varchar(20),
    service_type       varchar(40),
    area_code          varchar(120),
    policy_key         varchar(120),
    default_policy     boolean      not null default false,
    base_deadline      timestamptz,
    marks              text         not null default '[]',
    mark_seq           bigint       not null default 0,
    technician_id      varchar(120),
    technician_at      timestamptz,
    fired_stages       int          not null default 0,
    state              varchar(20),
    paused_total_ms    bigint       not null default 0,
    restore_deadline   timestamptz,
    stopped_at         timestamptz,
    outcome            varchar(20),
    time_to_restore_ms bigint
);
create index sla_clock_stopped on sla_clock (stopped_at) where state = 'STOPPED';

-- The next due escalation stage of each running clock: one row per clock, so the poller's index
-- scan stays as small as the number of stages due now, whatever the number of open clocks.
create table sla_timer (
    ticket_id varchar(120) primary key,
    stage     int          not null,
    due_at    timestamptz  not null
);
create index sla_timer_due on sla_timer (due_at);

-- Fault openings per service type and area, for major-incident detection (升级报备).
create table fault_opening (
    ticket_id    varchar(120) primary key,
    service_type varchar(40)  not null,
    area_code    varchar(120) not null,
    opened_at    timestamptz  not null,
    title        text         not null
);
create index fault_opening_area on fault_opening (service_type, area_code, opened_at);

create table major_incident (
    incident_id    varchar(60)  primary key,
    service_type   varchar(40)  not null,
    area_code      varchar(120) not null,
    window_start   timestamptz  not null,
    last_opened_at timestamptz  not null,
    ticket_count   int          not null
);
create index major_incident_area on major_incident (service_type, area_code, last_opened_at);
