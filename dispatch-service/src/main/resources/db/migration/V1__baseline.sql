-- dispatch-service's schema starts here; the outbox and processed-event tables come first from
-- the shared location db/outbox (V0_1).
select 1;
