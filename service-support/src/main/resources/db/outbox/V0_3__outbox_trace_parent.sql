-- The trace an event belongs to (W3C traceparent of the span that wrote it), sent by the relay as
-- the record's traceparent header: a ticket's POST, the consumers in the other services and what
-- they publish in turn are one trace, however long the event waited in the outbox. Kept when a
-- message is parked and replayed. Applied out of order like V0_2.
alter table outbox_message add column trace_parent varchar(128);
alter table outbox_parked add column trace_parent varchar(128);
