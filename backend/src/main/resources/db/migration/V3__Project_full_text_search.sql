-- Project full-text search that HQL can call. HQL has no @@ operator, so the match is an immutable SQL
-- function that PostgreSQL inlines into the query; the expression index below then serves it.
-- project.search_text holds title and description folded to lower case, without diacritics and with
-- punctuation as spaces (written by the application), so 'starowka' finds "Starówka".
-- The stored generated column of V1 is replaced by an expression index on the same tsvector: the
-- query's inlined expression must match an indexed expression, and nothing reads the column.

alter table project drop column search_vector;

create function project_matches(search_text text, query text) returns boolean
    language sql immutable parallel safe
as $$
    select to_tsvector('simple', search_text) @@ to_tsquery('simple', query)
$$;

comment on function project_matches(text, text) is
    'true when the folded search text matches the tsquery (built by the application from sanitised prefix tokens)';

create index project_search_idx on project using gin (to_tsvector('simple', search_text));
