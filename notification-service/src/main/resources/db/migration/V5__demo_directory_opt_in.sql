-- The demo directory (V2) is no longer part of the schema every deployment gets: it is demo data,
-- loaded only with faultdesk.demo.enabled=true (demo/demo-data.sql, ADR 0004). Remove what V2
-- inserted, so that a database created before keeps no invented people. Their shifts go with them
-- (on delete cascade); deliveries and escalations keep the ids as history (no foreign key).
delete from person where id in ('P-GZ-TL-01', 'P-GZ-TL-02', 'P-GZ-DM-01', 'P-GZ-AM-01', 'P-SZ-TL-01',
    'P-SZ-DM-01', 'P-SZ-AM-01', 'P-GD-CSC-01', 'P-GD-CC-01', 'P-GD-PO-01', 'P-HQ-01')
    and email like '%@demo.faultdesk.example';
