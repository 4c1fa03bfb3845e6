-- A queue per audience and channel in the delivery table: supervisor alerts never wait behind
-- customer notices, nor an SMS behind a slow mail server; an attempt is made outside any
-- transaction. A claimed message is SENDING, its next_attempt_at the claim's lease (due again if
-- its sender died mid-attempt).
drop index delivery_due;
create index delivery_due_staff on delivery (channel, next_attempt_at)
    where status in ('PENDING', 'HELD', 'SENDING') and recipient <> 'customer';
create index delivery_due_customer on delivery (channel, next_attempt_at)
    where status in ('PENDING', 'HELD', 'SENDING') and recipient = 'customer';
