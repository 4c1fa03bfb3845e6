-- Several clocks per ticket (response-policies.csv): the restore clock ('restore') and one response
-- clock per milestone that applies (a work order within 10 minutes, a complaint's first reply within
-- 2 working days, ...). The restore row stays the ticket's record: its marks and its milestones (the
-- earliest event that proved each one, JSON) are what every response clock is derived from, so a
-- proof that arrives before the ticket's opening is kept until the clock it meets exists.
alter table sla_clock add column clock varchar(60) not null default 'restore';
alter table sla_clock drop constraint sla_clock_pkey;
alter table sla_clock add primary key (ticket_id, clock);
alter table sla_clock add column milestones text not null default '{}';

-- Each clock's next stage has its own timer row.
alter table sla_timer add column clock varchar(60) not null default 'restore';
alter table sla_timer drop constraint sla_timer_pkey;
alter table sla_timer add primary key (ticket_id, clock);
