-- 1,000,000 open clocks of ordinary internet leased lines (8 hours, stage 1 at 50% = 4 hours after
-- opening), inserted directly. :due_count of them have stage 1 falling due evenly between
-- :window_start and :window_start + :window_seconds; :warm_count more (TT-WARM-…) fall due in the 30 s
-- from :window_start - 40 to warm the JIT up and are not measured; the others fall due 1 to 4 hours from now.
\set ON_ERROR_STOP on
begin;
create temporary table bench_plan as
select i,
       case when i > :due_count and i <= :due_count + :warm_count then 'TT-WARM-' else 'TT-BENCH-' end
           || lpad(i::text, 7, '0') as ticket_id,
       case when i <= :due_count
            then to_timestamp(:window_start) + make_interval(secs => (i - 1) * :window_seconds::float8 / :due_count) - interval '4 hours'
            when i <= :due_count + :warm_count
            then to_timestamp(:window_start - 40) + make_interval(secs => (i - :due_count) * 30.0 / :warm_count) - interval '4 hours'
            else now() - make_interval(secs => (i % 10800)) end as opened_at
from generate_series(1, 1000000) as i;
insert into sla_clock (ticket_id, opened_at, classification, classified_at, customer_tier, service_type, area_code,
                       policy_key, default_policy, base_deadline, marks, mark_seq, fired_stages, state,
                       paused_total_ms, restore_deadline)
select ticket_id, opened_at,
       '{"kind":"FAULT","serviceType":"INTERNET_LEASED_LINE","customerTier":"ORDINARY","severity":"CRITICAL","priority":1,"faultScope":"WITHIN_CITY","locality":"URBAN","areaCode":"BENCH-' || (i % 500) || '"}',
       opened_at, 'ORDINARY', 'INTERNET_LEASED_LINE', 'BENCH-' || (i % 500),
       'ent-internet-city-ordinary', false, opened_at + interval '8 hours', '[]', 0, 0, 'RUNNING',
       0, opened_at + interval '8 hours'
from bench_plan;
insert into sla_timer (ticket_id, stage, due_at)
select ticket_id, 1, opened_at + interval '4 hours' from bench_plan;
commit;
analyze sla_clock;
analyze sla_timer;
