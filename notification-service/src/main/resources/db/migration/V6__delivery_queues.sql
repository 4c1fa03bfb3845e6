-- Two queues in the delivery table: supervisor alerts never wait behind customer notices, and an
-- attempt is made outside any transaction. A claimed message is SENDING, its next_attempt_at the
-- claim's lease (due again if its sender died mid-attempt).
drop index delivery_due;
create index delivery_due_staff on delivery (next_attempt_at)
    where status in ('PENDING', 'HELD', 'SENDING') and recipient <> 'customer';
create index delivery_due_customer on delivery (next_attempt_at)
    where status in ('PENDING', 'HELD', 'SENDING') and recipient = 'customer';
