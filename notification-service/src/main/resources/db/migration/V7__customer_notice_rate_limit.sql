-- Customer notices are limited per recipient address and channel (a burst of tickets naming one
-- phone number must not make the operator's sender text it again and again). The address itself is
-- never stored in full: a SHA-256 of channel and normalised address counts the notices sent to it.
alter table delivery add column recipient_key varchar(64);
create index delivery_recipient_key on delivery (recipient_key, sent_at)
    where recipient_key is not null and status = 'SENT';
