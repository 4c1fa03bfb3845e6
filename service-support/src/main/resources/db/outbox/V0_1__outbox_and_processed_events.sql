-- Shared by every service (Flyway location db/outbox): the transactional outbox and the
-- processed-event log of idempotent consumers. Versions below 1 so each service's own
-- migrations (V1, V2, ...) come after.

create table outbox_message (
    id           bigserial    primary key,        -- relay order = commit order per ticket
    event_id     uuid         not null unique,
    topic        varchar(120) not null,
    message_key  varchar(120) not null,           -- the ticket id: keeps one ticket's events in order
    event_type   varchar(200) not null,           -- CloudEvents type, sent as the ce_type header
    occurred_at  timestamptz  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now()
);

create table processed_event (
    consumer     varchar(80)  not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
