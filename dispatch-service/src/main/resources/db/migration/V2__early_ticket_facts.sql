-- What dispatch heard about a ticket before it had a work order for it. A ticket's events come on
-- different topics (ticket-opened, ticket-updated, ticket-resolved, sla-clock-started), so a
-- resolution or a cancellation can be read before the opening: the end is kept here, and the late
-- ticket-opened then opens nothing. A reclassification or sla-monitor's deadline read first is
-- kept too, and taken over by the work order when the opening arrives.
create table early_ticket_facts (
    ticket_id         varchar(120) primary key,
    -- Set once the ticket is resolved, cancelled, rejected or closed: no work order any more.
    ended_at          timestamptz,
    end_note          varchar(400),
    -- The latest classification from ticket-updated (TicketClassification as JSON) and when it was made.
    classification    text,
    classified_at     timestamptz,
    sla_deadline      timestamptz,
    recorded_at       timestamptz  not null default now()
);

-- Retention prunes by age.
create index early_ticket_facts_recorded_at on early_ticket_facts (recorded_at);
