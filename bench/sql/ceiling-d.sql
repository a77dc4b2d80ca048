-- Scenario d, the ceiling: the same answer as the statement the API sends (ObservationReader), written by hand
-- without the outer sort, which the lateral page already gives in order.
\set indicator random(1, :indicators)
\set subarea random(1, :subareas)
\set offset 0
\set size 100
select (select count(*) from observation o where o.indicator_id = :indicator and o.subarea_id = :subarea) as total, p.published and not exists (select 1 from project ip where ip.id = i.project_id and not ip.published), p.municipality_teryt, x.* from indicator i join programme p on p.id = i.programme_id left join lateral (select o.id, o.period, o.subarea_id, o.value, o.source, o.note, o.version, o.created_at, o.updated_at from observation o where o.indicator_id = :indicator and o.subarea_id = :subarea order by o.period nulls last, o.id offset :offset limit :size) x on true where i.id = :indicator;
