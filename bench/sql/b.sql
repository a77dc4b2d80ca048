-- Scenario b, GET /api/v1/projects?programme={p}&status={s}&sort=-totalCost&size=50: what the API sends for a
-- page it keeps (ProjectListCache, section 21): the programme's municipality and list version (V86), one
-- primary-key row each; after the warm-up every page of the scenario is kept, since nothing writes. A page not kept
-- costs this and the page's statement (bench/sql/ceiling-b.sql).
\set programme random(1, :programmes)
select pr.municipality_teryt, coalesce(v.version, 0) from programme pr left join programme_list_version v on v.programme_id = pr.id where pr.id = :programme;
