-- Odnowa benchmark data set, loaded set-based (no row-by-row inserts, no API calls).
-- Run against a database whose schema Flyway has created (start the application once first):
--   psql -v scale=1 -v volume=1 -f bench/generate.sql odnowa_bench
-- Standard data set: 40 programmes, 400 subareas, 50 indicators, 100,000 projects, 1,000,000 observations,
-- spread over :scale municipalities (1 to 1,000). Only the spread changes with the scale, never the volume,
-- so the same query can be compared at 1 and at 1,000 municipalities.
-- :volume (1 to 10) multiplies the projects (V x 100,000, so V x 2,500 per programme) and the observations
-- (V x 1,000,000) over the same 40 programmes and 400 subareas. The observations grow by indicators (V x 50),
-- not by longer series: every series keeps its 50 years, so scenario d reads the same page (one series of 50
-- rows, total 50) from a V times larger table. Longer series cannot reach V = 10 here (observation_period_ck
-- allows 1900-2200 and the key is indicator, subarea, year: at most 50 x 400 x 301 = 6.02 million rows), and
-- every indicator already has a series in every subarea. At volume 1 the rows are the same as before :volume.
-- Deterministic: setseed() fixes every random() below, so two runs load the same rows.
-- Ends with bench_dataset (scale, volume, the id ranges: bench/run.sh reads them for the random ids of
-- bench/wrk/*.lua and bench/sql/*.sql) and vacuum analyze.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
\if :{?volume}
\else
\set volume 1
\endif

set client_min_messages = warning;
begin;
select setseed(0.42);
-- The audit triggers (V12) would write an audit_log row, with a municipality lookup, for each of the 1.2 million
-- rows below (V times as many at volume V) and multiply the load time; a generated data set is not an audited write. Replica mode skips
-- ordinary triggers (and foreign-key checks: the rows below are consistent by construction) for this
-- transaction only. Needs a superuser, as the rest of run.sh does.
set local session_replication_role = replica;

-- Truncating municipality cascades to app_user: keep the superadmin, so that the timed start after the load is an
-- ordinary restart (on a database without one, the first start hashes a new password with bcrypt, cost 12).
create temporary table kept_superadmin on commit drop as select * from app_user where role = 'SUPERADMIN';
truncate municipality, programme, area, subarea, project, project_funding, project_subarea, project_sdg_target,
    indicator, observation, recommendation, recommendation_area, recommendation_project, recommendation_indicator,
    recommendation_sdg_target, evaluation, project_cost_summary, programme_list_version, audit_log cascade;

insert into app_user overriding system value select * from kept_superadmin;

-- Bulk inserts into indexed tables maintain every index row by row, most of them in random order (the observations
-- come subarea by subarea, their unique key is indicator, subarea, year); building each index once after the
-- inserts, by sorting, is several times faster and stays so when the indexes outgrow shared_buffers. So the five
-- bulk tables lose their indexes and primary and unique keys here, and get them back from their own definitions
-- (pg_get_indexdef, pg_get_constraintdef) before commit. Kept: the keys a foreign key references (project_pk);
-- the projects arrive in its order.
set local maintenance_work_mem = '256MB';
create temporary table bench_rebuilt on commit drop as
select 'drop index ' || x.indexrelid::regclass as drop_it, pg_get_indexdef(x.indexrelid) as build_it
  from pg_index x
 where x.indrelid in ('project'::regclass, 'project_funding'::regclass, 'project_subarea'::regclass,
                      'project_sdg_target'::regclass, 'observation'::regclass)
   and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid and c.contype in ('p', 'u', 'x'))
union all
select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
       format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
  from pg_constraint c
 where c.conrelid in ('project'::regclass, 'project_funding'::regclass, 'project_subarea'::regclass,
                      'project_sdg_target'::regclass, 'observation'::regclass)
   and c.contype in ('p', 'u')
   and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid);
do $$
declare
    r record;
begin
    for r in select drop_it from bench_rebuilt loop
        execute r.drop_it;
    end loop;
end
$$;

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

-- :volume x 100,000 projects over the 40 programmes, statuses and costs at random (5 % without a known cost).
-- Each project: two funding lines (grant 60 %, own 40 %), one subarea of its programme, one SDG 11 target, written
-- with the project into its list read model (V81; its triggers do not fire under session_replication_role =
-- replica), and the child rows below unfolded from it: they agree by construction, and no second pass rewrites
-- the table (an update of every row would write every project twice). json_build_array of the two lines writes
-- the same text as V81's json_agg over them (checked: the read model of every project equal to V81's expressions
-- over the child rows), without an aggregate per project.
insert into project (id, programme_id, kind, title, description, implementing_entities, location, status,
    planned_start, planned_end, currency, estimated_value, total_cost, eligible_cost, search_text, published,
    list_funding, list_subarea_ids, list_sdg_targets)
select g, programme, case when g % 4 = 0 then 'COMPLEMENTARY' else 'BASIC' end,
       'Projekt rewitalizacyjny ' || g, 'Remont i adaptacja obiektu nr ' || g, '["Gmina"]', 'Ulica ' || (g % 500),
       (array['PIPELINE', 'IMPLEMENTATION', 'COMPLETION', 'POST_COMPLETION', 'CANCELLED', 'SUSPENDED'])[1 + floor(random() * 6)::int],
       date '2017-01-01' + (g % 1500), date '2021-01-01' + (g % 1500), 'PLN',
       cost, case when random() < 0.05 then null else cost end, round(cost * 0.8, 2),
       'projekt rewitalizacyjny ' || g || ' remont i adaptacja obiektu nr ' || g, true,
       json_build_array(
           json_build_object('source', 'Europejski Fundusz Rozwoju Regionalnego', 'instrument', 'GRANT',
                             'amount', round(cost * 0.6, 2)::text, 'fund', null, 'measure', null),
           json_build_object('source', 'Budżet gminy', 'instrument', 'OWN',
                             'amount', (cost - round(cost * 0.6, 2))::text, 'fund', null, 'measure', null))::text,
       array[(programme - 1) * 10 + 1 + g % 10]::bigint[], array['11.' || (1 + g % 7)]::varchar(8)[]
from (select g, 1 + (g - 1) % 40 as programme, round((10000 + random() * 50000000)::numeric, 2) as cost
        from generate_series(1, :volume * 100000) g) c;

insert into project_funding (project_id, position, source, instrument, amount)
select p.id, f.position - 1, f.source, f.instrument, f.amount
from project p,
     rows from (json_to_recordset(p.list_funding::json) as (source text, instrument text, amount numeric)) with ordinality
         f(source, instrument, amount, position);

insert into project_subarea (project_id, subarea_id)
select p.id, s from project p, unnest(p.list_subarea_ids) s;

insert into project_sdg_target (project_id, target_code)
select p.id, t from project p, unnest(p.list_sdg_targets) t;

-- The project cost summary (V85), set-based from the rows above, as V85 fills it for the projects that exist when it
-- runs (its triggers do not fire under session_replication_role = replica).
insert into project_cost_summary (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
select programme_id, coalesce(status, ''), currency, published, count(*), count(total_cost), coalesce(sum(total_cost), 0)
  from project
 group by programme_id, coalesce(status, ''), currency, published;

-- The programmes' list versions (V86; its triggers do not fire here either): a number no earlier load reached (the
-- load's time in milliseconds), so that an API still running across the load keeps none of its pages of the old data.
insert into programme_list_version (programme_id, version)
select id, (extract(epoch from clock_timestamp()) * 1000)::bigint from programme;

-- :volume x 50 programme-level indicators (at volume 1 programmes 1-10 have two).
insert into indicator (id, programme_id, scope, code, name_pl, unit, direction, level, baseline_value, baseline_year,
    target_value, target_year)
select i, 1 + (i - 1) % 40, 'PROGRAMME', 'W' || i, 'Wskaźnik testowy ' || i, 'osoby', 'LOWER', 'RESULT',
       1000, 2015, 600, 2030
from generate_series(1, :volume * 50) i;

-- :volume x 1,000,000 observations: for every indicator a yearly series 1975-2024 in every subarea (50 x 400 x 50
-- at volume 1). The volume asks for more series than one programme has subareas, so the series are not confined
-- to the indicator's own programme: the API validates that on writes, the database does not.
insert into observation (indicator_id, period, subarea_id, value, source)
select i, y, s, round((1000 - (y - 1975) * 5 + random() * 100)::numeric, 4), 'GUS BDL'
from generate_series(1, :volume * 50) i, generate_series(1, 400) s, generate_series(1975, 2024) y;

do $$
declare
    r record;
begin
    for r in select build_it from bench_rebuilt loop
        execute r.build_it;
    end loop;
end
$$;

-- The identity sequences continue after the explicit ids.
select setval(pg_get_serial_sequence('programme', 'id'), 41, false);
select setval(pg_get_serial_sequence('area', 'id'), 41, false);
select setval(pg_get_serial_sequence('subarea', 'id'), 401, false);
select setval(pg_get_serial_sequence('project', 'id'), :volume * 100000 + 1, false);
select setval(pg_get_serial_sequence('indicator', 'id'), :volume * 50 + 1, false);

-- What was loaded, for bench/run.sh: --reuse compares scale and volume (and pristine: the timed import and report
-- clear it while they add their rows, and set it again once they removed them), and the random ids of the
-- scenarios are drawn from these ranges (1 to the count: the ids above are dense).
drop table if exists bench_dataset;
create table bench_dataset as
select :scale as scale, :volume as volume, 40 as programmes, 400 as subareas, :volume * 100000 as projects,
       :volume * 50 as indicators, :volume * 1000000 as observations, true as pristine;

commit;

vacuum analyze;
