-- Scenario d, GET /api/v1/indicators/{id}/observations?subarea={s}&size=100: the statements the API sends.
\set indicator random(1, 50)
\set subarea random(1, 400)
\set offset 0
\set size 100
select i1_0.id,i1_0.area_id,i1_0.baseline_value,i1_0.baseline_year,i1_0.code,i1_0.created_at,i1_0.direction,i1_0.level,i1_0.name_en,i1_0.name_pl,i1_0.programme_id,i1_0.project_id,i1_0.scope,i1_0.sdg_indicator_code,i1_0.sdg_target_code,i1_0.source,i1_0.target_value,i1_0.target_year,i1_0.unit,i1_0.updated_at,i1_0.version from Indicator i1_0 where i1_0.id=:indicator;
select o1_0.id,o1_0.created_at,o1_0.indicator_id,o1_0.note,o1_0.period,o1_0.source,o1_0.subarea_id,o1_0.updated_at,o1_0.value,o1_0.version from Observation o1_0 join Indicator i1_0 on i1_0.id=o1_0.indicator_id join Programme p1_0 on p1_0.id=i1_0.programme_id where o1_0.indicator_id=:indicator and o1_0.subarea_id=:subarea and p1_0.published=true order by o1_0.period,o1_0.id offset :offset rows fetch first :size rows only;
select count(*) from Observation o1_0 join Indicator i1_0 on i1_0.id=o1_0.indicator_id join Programme p1_0 on p1_0.id=i1_0.programme_id where o1_0.indicator_id=:indicator and o1_0.subarea_id=:subarea and p1_0.published=true;
