-- A ticket that ends without further work (cancelled, rejected, closed: final in TMF621 and in
-- ticket-service's lifecycle) stops its escalation reminders and its "we are working on it" notices.
alter table ticket_context add column ended_status text;
alter table ticket_context add column ended_at timestamptz;
