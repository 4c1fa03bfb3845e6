-- A ticket reopened after its work order closed gets a new visit on the same work order (ADR 0033):
-- visit counts them, reopened_at is when the ticket was reopened (a resolution or cancellation from
-- before it, read late, no longer closes the order).
alter table work_order add column visit integer not null default 1;
alter table work_order add column reopened_at timestamptz;
