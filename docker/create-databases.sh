#!/bin/sh
# One database per service (each service owns its data), each with two roles of its own (ADR 0008):
# NAME_owner owns the schema and is what the migrations log in as; NAME_app is what the service runs
# as, with rights on rows only (granted by the migrations). Neither reaches another service's database.
# Passwords come from DB_PASSWORD (compose refuses to start without it).
set -eu
for db in ticket_service dispatch_service sla_monitor notification_service; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role ${db}_owner login nosuperuser nocreatedb nocreaterole password '${DB_PASSWORD}';
create role ${db}_app login nosuperuser nocreatedb nocreaterole noinherit password '${DB_PASSWORD}';
create database ${db} owner ${db}_owner;
revoke all on database ${db} from public;
grant connect, temporary on database ${db} to ${db}_app;
SQL
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$db" -c "alter schema public owner to ${db}_owner"
done
