-- ticket-service's schema; the outbox and processed-event tables come first from the shared
-- location db/outbox (V0_1).

-- Ticket numbers: one sequence for all time, never reset (see docs/adr/0010). Gaps are possible
-- (a retry that loses the race spends a number) and harmless.
create sequence ticket_number_seq;

create table ticket (
    id                        varchar(40)  primary key,       -- TT-yyyyMMdd-000123
    name                      varchar(200) not null,          -- the title (TMF: name)
    description               text         not null,
    kind                      varchar(30)  not null,          -- TicketKind (REST: ticketType)
    service_type              varchar(40)  not null,
    customer_tier             varchar(20)  not null,
    severity                  varchar(20)  not null,
    priority                  int          not null check (priority between 1 and 4),
    fault_scope               varchar(30)  not null,
    locality                  varchar(20)  not null,
    area_code                 varchar(40)  not null,
    channel                   varchar(60)  not null,
    external_identifier       varchar(120),
    idempotency_key           varchar(200),
    customer_name             varchar(200) not null,
    customer_phone            varchar(40)  not null,
    customer_email            varchar(200),
    customer_address          varchar(500),
    customer_language         varchar(10)  not null,
    related_party             text,                           -- JSON array, as the caller sent it
    status                    varchar(20)  not null,
    status_change_date        timestamptz  not null,
    status_change_reason      varchar(500),
    creation_date             timestamptz  not null,
    last_update               timestamptz  not null,
    requested_resolution_date timestamptz,
    expected_resolution_date  timestamptz,
    sla_clock_state           varchar(20),
    resolution_date           timestamptz,
    resolution_code           varchar(120),
    escalation_level          int          not null default 0,
    escalation_stage          int          not null default 0,
    escalation_role           varchar(40),
    escalation_date           timestamptz,
    sla_outcome               varchar(20)
);

create index ticket_external_identifier on ticket (external_identifier);

create index ticket_creation_date on ticket (creation_date);
create index ticket_status on ticket (status);
create index ticket_area_code on ticket (area_code);

create table ticket_status_change (
    id              bigserial    primary key,
    ticket_id       varchar(40)  not null references ticket (id),
    status          varchar(20)  not null,
    previous_status varchar(20),
    change_date     timestamptz  not null,
    change_reason   varchar(500),
    actor           varchar(120) not null
);
create index ticket_status_change_ticket on ticket_status_change (ticket_id, id);

-- Notes are append-only: the service never updates or deletes a row here.
create table ticket_note (
    id        bigserial    primary key,
    ticket_id varchar(40)  not null references ticket (id),
    note_date timestamptz  not null,
    author    varchar(120) not null,
    text      text         not null
);
create index ticket_note_ticket on ticket_note (ticket_id, id);

-- Idempotent create: a create request first claims its keys ('key:<Idempotency-Key>' and
-- 'ext:<channel>:<externalIdentifier>') with insert … on conflict do nothing. The primary key,
-- not a look-up before the insert, decides which of two racing retries creates the ticket; the
-- loser waits for the winner's commit and then answers with the winner's ticket.
create table ticket_create_claim (
    claim_key           varchar(400) primary key,
    ticket_id           varchar(40)  not null references ticket (id) deferrable initially deferred,
    request_fingerprint varchar(64)  not null,           -- SHA-256 of the create request
    claimed_at          timestamptz  not null default now()
);
