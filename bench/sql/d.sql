-- Scenario d, GET /api/v1/indicators/{id}/observations?subarea={s}&size=100: the statements the API sends
-- (ObservationReader: the indicator's visibility, the page, its total).
\set indicator random(1, :indicators)
\set subarea random(1, :subareas)
\set offset 0
\set size 100
select p.published, p.municipality_teryt from indicator i join programme p on p.id = i.programme_id where i.id = :indicator;
select o.id, o.period, o.subarea_id, o.value, o.source, o.note, o.version, o.created_at, o.updated_at from observation o where o.indicator_id = :indicator and o.subarea_id = :subarea order by o.period nulls last, o.id offset :offset limit :size;
select count(*) from observation o where o.indicator_id = :indicator and o.subarea_id = :subarea;
