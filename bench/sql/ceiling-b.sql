-- Scenario b's ceiling, GET /api/v1/projects?programme={p}&status={s}&sort=-totalCost&size=50: the one statement
-- that makes the page, which the API sends when the page is not in its cache (ProjectReader#list, sections 13, 16, 17
-- and 21; bench/sql/b.sql is what it sends for a page it holds): the total (summed from the cost summary, V85) beside the page's rows with their funding, subareas and SDG
-- targets read from the project's read model (V81). The status is picked from the array by pgbench's random number.
\set programme random(1, :programmes)
\set s random(1, 6)
\set offset 0
\set size 50
select x.*, t.total from (select coalesce(sum(p.projects), 0)::bigint as total from project_cost_summary p join programme pr on pr.id = p.programme_id where p.programme_id = :programme and p.status = (array['PIPELINE','IMPLEMENTATION','COMPLETION','POST_COMPLETION','CANCELLED','SUSPENDED'])[:s] and p.published and pr.published) t left join lateral (select p.id, p.programme_id, pr.municipality_teryt, pr.published, p.external_id, p.kind, p.title, p.description, p.implementing_entities::text, p.scope, p.location, p.longitude, p.latitude, p.status, p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.currency, p.estimated_value, p.total_cost, p.eligible_cost, p.published, p.version, p.created_at, p.updated_at, p.list_funding, p.list_subarea_ids, p.list_sdg_targets, p.source from project p join programme pr on pr.id = p.programme_id where p.programme_id = :programme and p.status = (array['PIPELINE','IMPLEMENTATION','COMPLETION','POST_COMPLETION','CANCELLED','SUSPENDED'])[:s] and p.published and pr.published order by p.total_cost desc nulls last, p.id asc nulls last limit :size offset :offset) x on true order by x.total_cost desc nulls last, x.id asc nulls last;
