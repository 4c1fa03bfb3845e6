-- The trace of the event that asked for a notice (W3C traceparent), so that its delivery, later and
-- from a worker of its own, is a span of the ticket's trace (ADR 0009). Empty for rows written before.
alter table delivery add column trace_parent text;
