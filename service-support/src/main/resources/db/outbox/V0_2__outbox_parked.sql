-- Outbox messages the relay can never send as they are (their topic does not exist, the record is
-- larger than the broker accepts, the broker refuses it for good): moved here with the reason, so
-- the rest of the outbox keeps flowing. An operator replays them after the fix
-- (POST /admin/outbox/parked/replay), which moves them back to outbox_message.
-- Applied out of order on databases that already have their service's V1..Vn
-- (quarkus.flyway.out-of-order=true in service-support's shared configuration).
create table outbox_parked (
    id           bigint       primary key,        -- the outbox id it had: replay keeps the order
    event_id     uuid         not null unique,
    topic        varchar(120) not null,
    message_key  varchar(120) not null,
    event_type   varchar(200) not null,
    occurred_at  timestamptz  not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    parked_at    timestamptz  not null default now(),
    reason       text         not null
);
