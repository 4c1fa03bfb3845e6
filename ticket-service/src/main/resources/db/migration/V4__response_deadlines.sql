-- The ticket's response deadlines beside its restore deadline (sla-monitor's response clocks: the
-- work order, the complaint's reply, the visit's booking), as JSON keyed by clock: each clock's
-- deadline, state and when it was met. Small, read with the ticket, written under its row lock.
alter table ticket add column response_deadlines text not null default '{}';
