-- Scenario d, GET /api/v1/indicators/{id}/observations?subarea={s}&size=100: the statements the API sends.
\set indicator random(1, 50)
\set subarea random(1, 400)
\set offset 0
\set size 100
select p1_0.published,p1_0.municipality_teryt from Indicator i1_0 join Programme p1_0 on p1_0.id=i1_0.programme_id where i1_0.id=:indicator;
select o1_0.id,o1_0.created_at,o1_0.indicator_id,o1_0.note,o1_0.period,o1_0.source,o1_0.subarea_id,o1_0.updated_at,o1_0.value,o1_0.version from Observation o1_0 where o1_0.indicator_id=:indicator and o1_0.subarea_id=:subarea order by o1_0.period,o1_0.id offset :offset rows fetch first :size rows only;
select count(*) from Observation o1_0 where o1_0.indicator_id=:indicator and o1_0.subarea_id=:subarea;
