-- The city of the timed report (bench/run.sh, after the scenarios): municipality :teryt with one published programme
-- of 1,000 projects (two funding lines, one of ten subareas and one SDG 11 target each) and ten indicators with
-- yearly series 2015-2024 for the whole programme and for each subarea. Written with the triggers on (audit, the
-- list read model), as the application's own writes are; bench/sql/extra-cleanup.sql removes it again.
--   psql -v teryt=3099011 -f bench/sql/report-city.sql odnowa_bench
\set ON_ERROR_STOP on
begin;
select setseed(0.17);

insert into municipality (teryt, name, voivodeship, area_km2, residents, residents_date)
values (:'teryt', 'Miasto raportu', 'wielkopolskie', 180, 250000, date '2023-12-31');

insert into programme (municipality_teryt, name, short_name, legal_basis, status, period_from, period_to, description, published)
values (:'teryt', 'Gminny Program Rewitalizacji Miasta raportu', 'GPR 2030', 'GPR', 'IN_FORCE', 2021, 2030,
        'Program wygenerowany do pomiaru raportu', true)
returning id as programme \gset

insert into area (programme_id, kind, name) values (:programme, 'REVITALISATION', 'Obszar rewitalizacji')
returning id as area \gset

insert into subarea (area_id, position, code, name, area_ha, residents, social, economic)
select :area, s - 1, 'S' || s, 'Podobszar ' || s, 10 + s * 7, 1000 + s * 300, true, s % 2 = 0
from generate_series(1, 10) s;

insert into project (programme_id, kind, title, description, implementing_entities, location, status, planned_start,
    planned_end, currency, estimated_value, total_cost, eligible_cost, search_text, published)
select :programme, case when g % 4 = 0 then 'COMPLEMENTARY' else 'BASIC' end, 'Projekt miejski ' || g,
       'Remont i adaptacja obiektu nr ' || g, '["Gmina"]', 'Ulica ' || (g % 50),
       (array['PIPELINE', 'IMPLEMENTATION', 'COMPLETION', 'POST_COMPLETION', 'CANCELLED', 'SUSPENDED'])[1 + floor(random() * 6)::int],
       date '2021-01-01' + g, date '2024-01-01' + g, 'PLN', cost, cost, round(cost * 0.8, 2),
       'projekt miejski ' || g || ' remont i adaptacja obiektu nr ' || g, true
from (select g, round((10000 + random() * 50000000)::numeric, 2) as cost from generate_series(1, 1000) g) c;

insert into project_funding (project_id, position, source, instrument, amount)
select id, 0, 'Europejski Fundusz Rozwoju Regionalnego', 'GRANT', round(estimated_value * 0.6, 2)
from project where programme_id = :programme
union all
select id, 1, 'Budżet gminy', 'OWN', estimated_value - round(estimated_value * 0.6, 2)
from project where programme_id = :programme;

insert into project_subarea (project_id, subarea_id)
select p.id, s.id from project p join subarea s on s.area_id = :area and s.position = p.id % 10
where p.programme_id = :programme;

insert into project_sdg_target (project_id, target_code)
select id, '11.' || (1 + id % 7) from project where programme_id = :programme;

insert into indicator (programme_id, scope, code, name_pl, unit, direction, level, baseline_value, baseline_year,
    target_value, target_year, sdg_target_code)
select :programme, 'PROGRAMME', 'M' || i, 'Wskaźnik miejski ' || i, 'osoby', 'LOWER', 'RESULT', 1000, 2015, 600, 2030,
       '11.' || (1 + i % 7)
from generate_series(1, 10) i;

insert into observation (indicator_id, period, subarea_id, value, source)
select i.id, y, s.id, round((1000 - (y - 2015) * 30 + random() * 100)::numeric, 4), 'GUS BDL'
from indicator i
cross join generate_series(2015, 2024) y
cross join (select null::bigint as id union all select id from subarea where area_id = :area) s
where i.programme_id = :programme;

commit;
