-- Every filter has an index: name fragments (q) through trigram indexes, programme periods (activeIn),
-- municipalities by voivodeship. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

create index municipality_name_trgm_idx on municipality using gin (lower(name) gin_trgm_ops);
create index municipality_voivodeship_idx on municipality (voivodeship);

create index programme_name_trgm_idx on programme using gin (lower(name) gin_trgm_ops);
create index programme_short_name_trgm_idx on programme using gin (lower(short_name) gin_trgm_ops);
create index programme_period_idx on programme (period_from, period_to);
