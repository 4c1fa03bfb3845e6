-- DEMO DATA, not reference data: technicians for trying the platform out. Loaded at start only
-- with faultdesk.demo.enabled=true (./platform up and demo set it; a deployment never does).
-- Shifts are Asia/Shanghai wall-clock times; day crews and night crews together cover every hour.
insert into technician (id, name, maintenance_company, outsourced, team_id, area_codes, skills, shift_schedule, max_open_orders, on_duty)
values
    ('T-GZ-001', 'Chen Wei',     'China Unicom Guangzhou (in-house)', false, 'GZ-TIANHE-ENT',
     'GZ-TIANHE-03,GZ-TIANHE-04', 'INTERNET_LEASED_LINE,DATA_LEASED_LINE,VOICE_LEASED_LINE,APN_PRIVATE_LINE',
     'MON-SAT 08:00-20:00', 3, true),
    ('T-GZ-002', 'Li Na',        'China Unicom Guangzhou (in-house)', false, 'GZ-TIANHE-ENT',
     'GZ-TIANHE-03', 'INTERNET_LEASED_LINE,DATA_LEASED_LINE,GROUP_SMS_MMS',
     'SUN 08:00-20:00;MON-SUN 20:00-08:00', 2, true),
    ('T-GZ-003', 'Wang Qiang',   'Guangdong Tongfu 代维 (outsourced)', true, 'GZ-TIANHE-HOME',
     'GZ-TIANHE-03,GZ-TIANHE-04,GZ-HAIZHU-01', 'HOME_BROADBAND',
     'MON-SAT 08:00-20:00', 4, true),
    ('T-GZ-004', 'Zhao Min',     'Guangdong Tongfu 代维 (outsourced)', true, 'GZ-TIANHE-HOME',
     'GZ-TIANHE-03,GZ-HAIZHU-01', 'HOME_BROADBAND',
     'SAT-SUN 08:00-20:00;MON-SUN 20:00-08:00', 4, true),
    ('T-GZ-005', 'Huang Jun',    'China Unicom Guangzhou (in-house)', false, 'GZ-HAIZHU-ENT',
     'GZ-HAIZHU-01', 'INTERNET_LEASED_LINE,DATA_LEASED_LINE,VOICE_LEASED_LINE,HOME_BROADBAND',
     'MON-SUN 00:00-24:00', 3, true),
    ('T-GZ-006', 'Liu Yang',     'Guangzhou Jiexun 代维 (outsourced)', true, 'GZ-HAIZHU-HOME',
     'GZ-HAIZHU-01', 'HOME_BROADBAND,MOBILE_NETWORK',
     'MON-FRI 09:00-18:00', 5, false),
    ('T-SZ-001', 'Zhou Xin',     'China Unicom Shenzhen (in-house)', false, 'SZ-NANSHAN-ENT',
     'SZ-NANSHAN-02', 'INTERNET_LEASED_LINE,DATA_LEASED_LINE,APN_PRIVATE_LINE,GROUP_SMS_MMS',
     'MON-SUN 00:00-24:00', 3, true),
    ('T-SZ-002', 'Wu Hao',       'Shenzhen Huaxin 代维 (outsourced)', true, 'SZ-NANSHAN-HOME',
     'SZ-NANSHAN-02', 'HOME_BROADBAND,MOBILE_NETWORK',
     'MON-SUN 00:00-24:00', 4, true),
    ('T-SZ-003', 'Xu Li',        'Shenzhen Huaxin 代维 (outsourced)', true, 'SZ-NANSHAN-HOME',
     'SZ-NANSHAN-02', 'HOME_BROADBAND',
     'MON-FRI 20:00-08:00', 4, true)
on conflict (id) do nothing;
