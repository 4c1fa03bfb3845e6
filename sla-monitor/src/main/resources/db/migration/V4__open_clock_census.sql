-- The open clocks, counted at every scrape for the gauge faultdesk.sla.clocks.open (by clock kind,
-- state and whether the deadline has passed): an index of the open rows only, small however many
-- closed clocks the table keeps, and enough for an index-only count.
create index sla_clock_open on sla_clock (clock, state, restore_deadline) where state in ('RUNNING', 'PAUSED');
