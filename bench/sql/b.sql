-- Scenario b, GET /api/v1/projects?programme={p}&status={s}&sort=-totalCost&size=50: the statements the API sends.
-- pgbench cannot pass the page's 50 ids on to the batch loads as Hibernate does, so it reads them from
-- bench_page (filled by run.sh with the same ORDER BY): one extra primary-key lookup on the SQL side.
\set programme random(1, 40)
\set s random(1, 6)
\set offset 0
\set size 50
select ids, status from bench_page where programme_id=:programme and status_no=:s \gset
select p1_0.id,p1_0.actual_end,p1_0.actual_start,p1_0.created_at,p1_0.currency,p1_0.description,p1_0.eligible_cost,p1_0.estimated_value,p1_0.external_id,p1_0.implementing_entities,p1_0.kind,p1_0.latitude,p1_0.location,p1_0.longitude,p1_0.planned_end,p1_0.planned_start,p1_0.programme_id,p1_0.published,p1_0.scope,p1_0.search_text,p1_0.status,p1_0.title,p1_0.total_cost,p1_0.updated_at,p1_0.version from Project p1_0 join Programme p2_0 on p2_0.id=p1_0.programme_id where p1_0.programme_id=:programme and p1_0.status=:status and p1_0.published=true and p2_0.published=true order by p1_0.total_cost desc nulls last,p1_0.id offset :offset rows fetch first :size rows only;
select count(*) from Project p1_0 join Programme p2_0 on p2_0.id=p1_0.programme_id where p1_0.programme_id=:programme and p1_0.status=:status and p1_0.published=true and p2_0.published=true;
select f1_0.project_id,f1_0.id,f1_0.amount,f1_0.fund,f1_0.instrument,f1_0.measure,f1_0.position,f1_0.source from project_funding f1_0 where f1_0.project_id = any (:ids) order by f1_0.position;
select p1_0.id,p1_0.created_at,p1_0.description,p1_0.goals,p1_0.legal_basis,p1_0.municipality_teryt,p1_0.name,p1_0.period_from,p1_0.period_to,p1_0.predecessor_id,p1_0.published,p1_0.resolution_date,p1_0.resolution_number,p1_0.short_name,p1_0.special_zone_end,p1_0.special_zone_established,p1_0.special_zone_start,p1_0.status,p1_0.updated_at,p1_0.version,p1_0.vision from Programme p1_0 where p1_0.id=:programme;
select si1_0.project_id,si1_0.subarea_id from project_subarea si1_0 where si1_0.project_id = any (:ids);
select st1_0.project_id,st1_0.target_code from project_sdg_target st1_0 where st1_0.project_id = any (:ids);
