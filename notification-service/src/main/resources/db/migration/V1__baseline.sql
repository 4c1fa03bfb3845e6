-- notification-service's schema. The outbox and processed-event tables come first from the shared
-- location db/outbox (V0_1).

-- The directory: who can be told, and how.
create table person (
    id          text primary key,
    name        text not null,
    email       text,
    phone       text,
    language    text not null default 'zh-CN',
    created_at  timestamptz not null default now()
);

-- The on-call roster: a person holds a role for an area (or a city prefix such as "GZ", or "*" for
-- the whole province) every day between two local times (Asia/Shanghai), optionally limited to
-- dates. ends_at <= starts_at means the shift runs overnight; equal times mean all day.
create table on_call_shift (
    id           bigserial primary key,
    person_id    text not null references person (id) on delete cascade,
    role         text not null,
    area_code    text not null,
    team_id      text,
    starts_at    time not null,
    ends_at      time not null,
    valid_from   date,
    valid_until  date
);
create index on_call_shift_role on on_call_shift (role);

-- What this service remembers about a ticket from the events it saw.
create table ticket_context (
    ticket_id         text primary key,
    area_code         text,
    team_id           text,
    technician_id     text,
    technician_name   text,
    title             text,
    restore_deadline  timestamptz,
    dispatched_at     timestamptz,
    resolved_at       timestamptz,
    customer_told_of_breach boolean not null default false
);

-- One escalation per TicketEscalated event: acknowledgement and repetition of critical ones.
create table escalation (
    event_id         uuid primary key,
    ticket_id        text not null,
    level            int not null,
    target_role      text not null,
    area_code        text not null,
    critical         boolean not null,
    params           text not null,
    raised_at        timestamptz not null,
    next_repeat_at   timestamptz,
    repeats          int not null default 0,
    acknowledged_at  timestamptz,
    acknowledged_by  text
);
create index escalation_ticket on escalation (ticket_id);
create index escalation_repeat_due on escalation (next_repeat_at) where next_repeat_at is not null;

-- The delivery log and outbox of messages: one row per (event, notice, recipient, channel, repeat).
create table delivery (
    id               bigserial primary key,
    event_id         uuid not null,
    ticket_id        text not null,
    notice           text not null,
    recipient        text not null,
    channel          text not null,
    repeat_no        int not null default 0,
    address          text,
    language         text not null default 'zh-CN',
    params           text not null,
    status           text not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    subject          text,
    body             text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    constraint delivery_once unique (event_id, notice, recipient, channel, repeat_no)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'HELD');
create index delivery_ticket on delivery (ticket_id);
create index delivery_recipient on delivery (recipient);
