-- Every filter has an index: indicator text search (code, names), indicator scope,
-- recommendation owner fragments and due dates.
create index indicator_code_trgm_idx on indicator using gin (lower(code) gin_trgm_ops);
create index indicator_name_pl_trgm_idx on indicator using gin (lower(name_pl) gin_trgm_ops);
create index indicator_name_en_trgm_idx on indicator using gin (lower(name_en) gin_trgm_ops);
create index indicator_programme_scope_idx on indicator (programme_id, scope);

create index recommendation_owner_trgm_idx on recommendation using gin (lower(owner) gin_trgm_ops);
create index recommendation_due_date_idx on recommendation (due_date);
