-- After every migration, run as the schema's owner: the role the service runs as (ADR 0008) may
-- read and write the rows of every table, new ones included, and nothing more: no DDL, no migration
-- history. Where one login does both (the module tests), these grants change nothing.
grant usage on schema public to "${runtime_role}";
grant select, insert, update, delete on all tables in schema public to "${runtime_role}";
grant usage, select on all sequences in schema public to "${runtime_role}";
revoke insert, update, delete, truncate on flyway_schema_history from "${runtime_role}";
