-- DEMO DATA, not real staff: supervisors on call for trying the platform out. Loaded at start
-- only with faultdesk.demo.enabled=true (./platform up and demo set it; a deployment never does).
-- Every statement adds only what is missing, so a second start adds nothing.
insert into person (id, name, email, phone, language) values
    ('P-GZ-TL-01',  '陈志强 (demo)', 'tl.tianhe@demo.faultdesk.example',   '+8613800000101', 'zh-CN'),
    ('P-GZ-TL-02',  '黄丽 (demo)',   'tl.haizhu@demo.faultdesk.example',   '+8613800000102', 'zh-CN'),
    ('P-GZ-DM-01',  '李伟 (demo)',   'duty.gz@demo.faultdesk.example',     '+8613800000201', 'zh-CN'),
    ('P-GZ-AM-01',  '王芳 (demo)',   'area.gz@demo.faultdesk.example',     '+8613800000301', 'zh-CN'),
    ('P-SZ-TL-01',  '张敏 (demo)',   'tl.nanshan@demo.faultdesk.example',  '+8613800000111', 'zh-CN'),
    ('P-SZ-DM-01',  '刘洋 (demo)',   'duty.sz@demo.faultdesk.example',     '+8613800000211', 'zh-CN'),
    ('P-SZ-AM-01',  'Alex Lin (demo)', 'area.sz@demo.faultdesk.example',   '+8613800000311', 'en'),
    ('P-GD-CSC-01', '客服中心值班台 (demo)', 'csc@demo.faultdesk.example',  '+8613800000401', 'zh-CN'),
    ('P-GD-CC-01',  '管控中心值班台 (demo)', 'control@demo.faultdesk.example', '+8613800000501', 'zh-CN'),
    ('P-GD-PO-01',  '省运维值班 (demo)', 'province.ops@demo.faultdesk.example', '+8613800000601', 'zh-CN'),
    ('P-HQ-01',     '总部网管 (demo)', 'hq@demo.faultdesk.example',         '+8613800000701', 'zh-CN')
on conflict (id) do nothing;

-- Team leads work days only, so at night a warning falls back to the duty manager (by design of
-- the demo: it shows the fallback up the hierarchy).
insert into on_call_shift (person_id, role, area_code, team_id, starts_at, ends_at)
select v.person_id, v.role, v.area_code, v.team_id, v.starts_at::time, v.ends_at::time
from (values
    ('P-GZ-TL-01',  'TEAM_LEAD',               'GZ-TIANHE-03', 'TEAM-GZ-TIANHE-A', '08:00', '20:00'),
    ('P-GZ-TL-02',  'TEAM_LEAD',               'GZ-HAIZHU-01', 'TEAM-GZ-HAIZHU-A', '08:00', '20:00'),
    ('P-SZ-TL-01',  'TEAM_LEAD',               'SZ-NANSHAN-02', 'TEAM-SZ-NANSHAN-B', '08:00', '20:00'),
    ('P-GZ-DM-01',  'DUTY_MANAGER',            'GZ',  null, '00:00', '00:00'),
    ('P-SZ-DM-01',  'DUTY_MANAGER',            'SZ',  null, '00:00', '00:00'),
    ('P-GZ-AM-01',  'AREA_MANAGER',            'GZ',  null, '00:00', '00:00'),
    ('P-SZ-AM-01',  'AREA_MANAGER',            'SZ',  null, '00:00', '00:00'),
    ('P-GD-CSC-01', 'CUSTOMER_SERVICE_CENTRE', '*',   null, '00:00', '00:00'),
    ('P-GD-CC-01',  'CONTROL_CENTRE',          '*',   null, '00:00', '00:00'),
    ('P-GD-PO-01',  'PROVINCE_OPERATIONS',     '*',   null, '00:00', '00:00'),
    ('P-HQ-01',     'HEADQUARTERS',            '*',   null, '00:00', '00:00')
) as v (person_id, role, area_code, team_id, starts_at, ends_at)
where not exists (select 1 from on_call_shift s
                  where s.person_id = v.person_id and s.role = v.role and s.area_code = v.area_code);
