-- Scenario d, GET /api/v1/indicators/{id}/observations?subarea={s}&size=100: the statement the API sends
-- (ObservationReader: the indicator's visibility, its programme's and its project's, the count as a scalar subquery,
-- the page left joined lateral).
\set indicator random(1, :indicators)
\set subarea random(1, :subareas)
\set offset 0
\set size 100
select (select count(*) from observation o where o.indicator_id = :indicator and o.subarea_id = :subarea) as total, p.published and not exists (select 1 from project ip where ip.id = i.project_id and not ip.published), p.municipality_teryt, x.* from indicator i join programme p on p.id = i.programme_id left join lateral (select o.id, o.period, o.subarea_id, o.value, o.source, o.note, o.version, o.created_at, o.updated_at from observation o where o.indicator_id = :indicator and o.subarea_id = :subarea order by o.period asc nulls last, o.id asc nulls last offset :offset limit :size) x on true where i.id = :indicator order by x.period asc nulls last, x.id asc nulls last;
