-- Odnowa benchmark data set, loaded set-based (no row-by-row inserts, no API calls).
-- Run against a database whose schema Flyway has created (start the application once first):
--   psql -v scale=1 -f bench/generate.sql odnowa_bench
-- Standard data set: 40 programmes, 400 subareas, 50 indicators, 100,000 projects, 1,000,000 observations,
-- spread over :scale municipalities (1 to 1,000). Only the spread changes with the scale, never the volume,
-- so the same query can be compared at 1 and at 1,000 municipalities.
-- Deterministic: setseed() fixes every random() below, so two runs load the same rows.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif

begin;
select setseed(0.42);
-- The audit triggers (V12) would write an audit_log row, with a municipality lookup, for each of the 1.2 million
-- rows below and multiply the load time; a generated data set is not an audited write. Replica mode skips
-- ordinary triggers (and foreign-key checks: the rows below are consistent by construction) for this
-- transaction only. Needs a superuser, as the rest of run.sh does.
set local session_replication_role = replica;

-- Truncating municipality cascades to app_user: keep the superadmin, so that the timed start after the load is an
-- ordinary restart (on a database without one, the first start hashes a new password with bcrypt, cost 12).
create temporary table kept_superadmin on commit drop as select * from app_user where role = 'SUPERADMIN';
truncate municipality, programme, area, subarea, project, project_funding, project_subarea, project_sdg_target,
    indicator, observation, recommendation, recommendation_area, recommendation_project, recommendation_indicator,
    recommendation_sdg_target, evaluation, project_cost_summary, audit_log cascade;

insert into app_user overriding system value select * from kept_superadmin;

-- Municipalities with well-formed TERYT (TERC) codes: voivodeship 02..32 (even), county, gmina, type 1 (urban).
insert into municipality (teryt, name, voivodeship, area_km2, residents, residents_date)
select lpad((2 * (1 + i % 16))::text, 2, '0') || lpad((1 + (i / 16) % 62)::text, 2, '0')
           || lpad((1 + i / 992)::text, 2, '0') || '1',
       'Gmina testowa ' || i, 'województwo ' || (i % 16), 100 + i % 50, 20000 + i * 37, date '2023-12-31'
from generate_series(0, :scale - 1) i;

-- 40 programmes, spread evenly over the municipalities (at scale 1 all in one).
-- Published (V12): anonymous readers, as wrk's requests are, see only published programmes and projects.
insert into programme (id, municipality_teryt, name, short_name, legal_basis, status, period_from, period_to, description,
    published)
select p, m.teryt, 'Gminny Program Rewitalizacji nr ' || p, 'GPR ' || p, 'GPR', 'IN_FORCE', 2016 + p % 5, 2030,
       'Program wygenerowany do testu wydajności', true
from generate_series(1, 40) p
join (select teryt, row_number() over (order by teryt) - 1 as n from municipality) m
  on m.n = ((p - 1) * :scale) / 40;

-- One revitalisation area per programme, ten subareas in each: 400 subareas.
insert into area (id, programme_id, kind, name)
select p, p, 'REVITALISATION', 'Obszar rewitalizacji ' || p from generate_series(1, 40) p;

insert into subarea (id, area_id, position, code, name, area_ha, residents, social, economic)
select s, 1 + (s - 1) / 10, (s - 1) % 10, 'S' || (1 + (s - 1) % 10), 'Podobszar ' || s, 10 + s % 90, 500 + s * 3, true, s % 2 = 0
from generate_series(1, 400) s;

-- 100,000 projects over the 40 programmes, statuses and costs at random (5 % without a known cost).
insert into project (id, programme_id, kind, title, description, implementing_entities, location, status,
    planned_start, planned_end, currency, estimated_value, total_cost, eligible_cost, search_text, published)
select g, 1 + (g - 1) % 40, case when g % 4 = 0 then 'COMPLEMENTARY' else 'BASIC' end,
       'Projekt rewitalizacyjny ' || g, 'Remont i adaptacja obiektu nr ' || g, '["Gmina"]', 'Ulica ' || (g % 500),
       (array['PIPELINE', 'IMPLEMENTATION', 'COMPLETION', 'POST_COMPLETION', 'CANCELLED', 'SUSPENDED'])[1 + floor(random() * 6)::int],
       date '2017-01-01' + (g % 1500), date '2021-01-01' + (g % 1500), 'PLN',
       cost, case when random() < 0.05 then null else cost end, round(cost * 0.8, 2),
       'projekt rewitalizacyjny ' || g || ' remont i adaptacja obiektu nr ' || g, true
from (select g, round((10000 + random() * 50000000)::numeric, 2) as cost from generate_series(1, 100000) g) c;

-- Each project: two funding lines (grant 60 %, own 40 %), one subarea of its programme, one SDG 11 target.
insert into project_funding (project_id, position, source, instrument, amount)
select id, 0, 'Europejski Fundusz Rozwoju Regionalnego', 'GRANT', round(estimated_value * 0.6, 2) from project
union all
select id, 1, 'Budżet gminy', 'OWN', estimated_value - round(estimated_value * 0.6, 2) from project;

insert into project_subarea (project_id, subarea_id)
select id, (programme_id - 1) * 10 + 1 + id % 10 from project;

insert into project_sdg_target (project_id, target_code)
select id, '11.' || (1 + id % 7) from project;

-- The list's read model (V81): its triggers do not fire under session_replication_role = replica, so it is
-- filled here, as V81 fills it for the projects that exist when it runs.
update project p
   set list_funding = (select json_agg(json_build_object('source', f.source, 'instrument', f.instrument, 'amount', f.amount::text,
                                                         'fund', f.fund, 'measure', f.measure) order by f.position)::text
                         from project_funding f where f.project_id = p.id),
       list_subarea_ids = array(select s.subarea_id from project_subarea s where s.project_id = p.id order by s.subarea_id),
       list_sdg_targets = array(select t.target_code from project_sdg_target t where t.project_id = p.id order by t.target_code);

-- The project cost summary (V85): filled here for the same reason, as V85 fills it for the projects that exist.
insert into project_cost_summary (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
select programme_id, coalesce(status, ''), currency, published, count(*), count(total_cost), coalesce(sum(total_cost), 0)
  from project
 group by programme_id, coalesce(status, ''), currency, published;

-- 50 programme-level indicators (programmes 1-10 have two).
insert into indicator (id, programme_id, scope, code, name_pl, unit, direction, level, baseline_value, baseline_year,
    target_value, target_year)
select i, 1 + (i - 1) % 40, 'PROGRAMME', 'W' || i, 'Wskaźnik testowy ' || i, 'osoby', 'LOWER', 'RESULT',
       1000, 2015, 600, 2030
from generate_series(1, 50) i;

-- 1,000,000 observations: for every indicator a yearly series 1975-2024 in every subarea (50 x 400 x 50).
-- The volume asks for more series than one programme has subareas, so the series are not confined to the
-- indicator's own programme: the API validates that on writes, the database does not.
insert into observation (indicator_id, period, subarea_id, value, source)
select i, y, s, round((1000 - (y - 1975) * 5 + random() * 100)::numeric, 4), 'GUS BDL'
from generate_series(1, 50) i, generate_series(1, 400) s, generate_series(1975, 2024) y;

-- The identity sequences continue after the explicit ids.
select setval(pg_get_serial_sequence('programme', 'id'), 41, false);
select setval(pg_get_serial_sequence('area', 'id'), 41, false);
select setval(pg_get_serial_sequence('subarea', 'id'), 401, false);
select setval(pg_get_serial_sequence('project', 'id'), 100001, false);
select setval(pg_get_serial_sequence('indicator', 'id'), 51, false);

commit;

vacuum analyze;
