-- Municipality search with diacritics optional: "bielsko biala" finds "Bielsko-Biała", "lodz" finds "Łódź".
-- municipality_fold maps Polish letters (both cases, so the result does not depend on the database's locale) to
-- ASCII, lowers the case and turns every run of other characters into one space. It is immutable, so the trigram
-- index below serves the list's fragment search, which folds both the name and the query with it.

create function municipality_fold(value text) returns text
    language sql immutable parallel safe
as $$
    select btrim(regexp_replace(lower(translate(value, 'ĄĆĘŁŃÓŚŹŻąćęłńóśźż', 'ACELNOSZZacelnoszz')),
                                '[^a-z0-9]+', ' ', 'g'))
$$;

comment on function municipality_fold(text) is
    'lower-case ASCII form of a name for searching: Polish letters without diacritics, other characters as single spaces';

create index municipality_fold_name_trgm_idx on municipality using gin (municipality_fold(name) gin_trgm_ops);
