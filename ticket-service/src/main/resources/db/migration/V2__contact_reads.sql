-- Every read of a customer's contact in full, with who read it and why (PIPL: access to personal
-- data is recorded). Lists and other roles see the contact masked and are not recorded.
create table contact_read (
    id         bigserial    primary key,
    ticket_id  varchar(40)  not null,
    reader     varchar(120) not null,   -- the token's user name (a service account for services)
    purpose    varchar(40)  not null,   -- ticket-view, ticket-change, customer-contact
    read_at    timestamptz  not null
);
create index contact_read_ticket on contact_read (ticket_id, read_at);
