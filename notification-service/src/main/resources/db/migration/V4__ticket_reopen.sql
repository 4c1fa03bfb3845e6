-- A resolved ticket can be reopened: it counts as resolved only while its resolution is the later fact.
alter table ticket_context add column reopened_at timestamptz;
