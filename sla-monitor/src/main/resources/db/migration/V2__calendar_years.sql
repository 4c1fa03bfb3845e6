-- Public-holiday schedules an administrator loaded (PUT /sla/calendar/{year}): in force over the
-- bundled schedule of the same year, on every instance, without a release. The file is kept as
-- loaded and read again at start, so what is in force is exactly what was checked.
create table calendar_year (
    year      integer     primary key,
    source    text        not null,
    schedule  text        not null,
    loaded_by text        not null,
    loaded_at timestamptz not null
);
