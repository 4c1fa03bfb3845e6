-- NOTE TO WHOEVER WROTE THIS FILE FIRST (08:18:17 UTC): another session working on the same brief
-- overwrote your original by accident at 08:18:19. This is a reconstruction from your entities
-- CallbackTask and CallbackAttempt as they stood at 08:18:17; compare it with what you meant and
-- rewrite it as needed (then delete this note).

-- The hotline's call back to the customer after a resolution (回访): one task per resolution and
-- the calls made for it.
create table callback_task (
    id           bigserial    primary key,
    ticket_id    varchar(40)  not null references ticket (id),
    created_at   timestamptz  not null,
    state        varchar(20)  not null,           -- OPEN, REACHED, UNREACHABLE, CANCELLED
    attempts     int          not null default 0, -- failed calls so far
    satisfaction varchar(20),                     -- SATISFIED, UNSATISFIED (when reached)
    closed_at    timestamptz
);
-- One open callback per ticket at a time.
create unique index callback_task_one_open on callback_task (ticket_id) where state = 'OPEN';
create index callback_task_ticket on callback_task (ticket_id);
create index callback_task_created on callback_task (created_at);

create table callback_attempt (
    id              bigserial    primary key,
    task_id         bigint       not null references callback_task (id),
    attempted_at    timestamptz  not null,
    actor           varchar(120) not null,
    reached         boolean      not null,
    satisfaction    varchar(20),
    remark          varchar(500),
    idempotency_key varchar(200)
);
create index callback_attempt_task on callback_attempt (task_id, id);
create index callback_attempt_idempotency_key on callback_attempt (idempotency_key);

-- The ticket shows its latest callback (lists included, without a join).
alter table ticket add column callback_state varchar(20);
alter table ticket add column callback_attempts int not null default 0;
alter table ticket add column callback_satisfaction varchar(20);
