-- A closed or cancelled ticket keeps its customer's contact only for a while (PIPL: no longer than
-- needed): ContactAnonymisation blanks it after faultdesk.privacy.contact-horizon and says when here.
alter table ticket add column contact_anonymised_at timestamptz;
create index ticket_contact_to_anonymise on ticket (status_change_date)
    where contact_anonymised_at is null and status in ('CLOSED', 'CANCELLED', 'REJECTED');
