-- Demo data: Bielsko-Biała (TERYT 2461011). Facts and their sources: shared/domain/README.md, section 3.
-- Anything no source gives is absent (null: not known), or marked "illustrative" in its source field (and so labelled
-- in every output). Checked fact by fact against the sources in session 5 (issue 13): no day-level date, status,
-- implementing entity, author or UN-indicator claim that no source gives.
-- Loaded once, on first start, by DemoDataLoader (setting odnowa.demo-data.enabled).

insert into municipality (teryt, name, voivodeship, nuts_code, area_km2, residents, residents_date, source)
values ('2461011', 'Bielsko-Biała', 'śląskie', 'PL225', 124.51, 166765, '2023-01-01',
        'pl.wikipedia.org/wiki/Bielsko-Biała (powierzchnia; liczba mieszkańców wg stanu na 1 stycznia 2023 r.)');

-- The programme lineage: Old Town programme 2004–2006 → PROM 2007–2013 → PROM 2014–2021 → GPR to 2030. The sources
-- name the 2004–2006 programme for the Old Town but not its title, legal basis or resolution: those stay empty.
insert into programme (municipality_teryt, name, short_name, legal_basis, status, period_from, period_to, description, goals)
values ('2461011', 'Program dla Starego Miasta 2004–2006', 'Stare Miasto 2004–2006',
        null, 'COMPLETED', 2004, 2006,
        'Program dla Starego Miasta na lata 2004–2006, poprzedzony planem odnowy Starego Miasta z 1998 r.; miasto prowadzi rewitalizację od 2001 r. Pełna nazwa, podstawa prawna i uchwała nie są podane w źródłach demonstracyjnych, więc nie są wpisane. Źródło: bielsko-biala.pl, „rewitalizacja miasta”.',
        '[]');

insert into programme (municipality_teryt, name, short_name, legal_basis, status, period_from, period_to, predecessor_id, description, goals)
select '2461011', 'Program Rewitalizacji Obszarów Miejskich w Bielsku-Białej na lata 2007–2013', 'PROM 2007–2013',
       'PR', 'COMPLETED', 2007, 2013, p.id,
       'Program rewitalizacji przyjęty na podstawie ustawy o samorządzie gminnym; zaktualizowany uchwałą Nr LVII/1302/2010/PRS Rady Miejskiej z 8 czerwca 2010 r. Poprzedzony planem odnowy Starego Miasta z 1998 r. i programem dla Starego Miasta na lata 2004–2006. Źródło: bielsko-biala.pl, „rewitalizacja miasta”.',
       '[]'
from programme p where p.municipality_teryt = '2461011' and p.short_name = 'Stare Miasto 2004–2006';

insert into programme (municipality_teryt, name, short_name, legal_basis, status, period_from, period_to, predecessor_id, description, goals)
select '2461011', 'Program Rewitalizacji Obszarów Miejskich w Bielsku-Białej na lata 2014–2021', 'PROM 2014–2021',
       'PR', 'COMPLETED', 2014, 2021, p.id,
       'Kontynuacja PROM 2007–2013 (podstawa prawna: PR). Operator: Wydział Strategii i Rozwoju Gospodarczego. Ewaluacja końcowa przyjęta przez Radę Miejską 19 maja 2022 r. w ramach programu „Plan Działań dla Miast. Modelowa Lokalność” (IRMiR), w którym miasto wybrało Cel 11 Zrównoważonego Rozwoju. Źródło: bielsko-biala.pl.',
       '[]'
from programme p where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2007–2013';

insert into programme (municipality_teryt, name, short_name, legal_basis, status, period_from, period_to, predecessor_id, description, goals)
select '2461011', 'Gminny Program Rewitalizacji Bielska-Białej do 2030 r.', 'GPR 2030',
       'GPR', 'DRAFT', 2022, 2030, p.id,
       'Prace nad programem rozpoczęte uchwałą Nr XLVIII/1119/2022 Rady Miejskiej z 22 września 2022 r.; program kontynuuje PROM 2014–2021 (art. 52 ustawy o rewitalizacji). Obszar zdegradowany i obszar rewitalizacji wyznaczone uchwałą Nr XLVII/1091/2022 z 25 sierpnia 2022 r. (Dz. Urz. Woj. Śląskiego 2022 poz. 5426); konsultacje 14 czerwca – 20 lipca 2022 r. Uchwała przyjmująca program nie jest odnotowana w danych demonstracyjnych; rok początkowy 2022 to rok rozpoczęcia prac.',
       '[]'
from programme p where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

-- PROM 2014–2021 area: the 8 osiedla. Their hectares, residents and boundaries were not found: left empty.
insert into area (programme_id, kind, name, description)
select p.id, 'REVITALISATION', 'Obszar rewitalizacji PROM 2014–2021',
       'Osiem osiedli objętych programem. Powierzchnie, liczby mieszkańców i granice nie zostały odnalezione w źródłach publicznych i nie są podawane.'
from programme p where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

insert into subarea (area_id, position, code, name)
select a.id, s.position, s.code, s.name
from area a
join programme p on p.id = a.programme_id and p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021'
cross join (values (1, 'BS', 'Biała Śródmieście'), (2, 'BW', 'Biała Wschód'), (3, 'DP', 'Dolne Przedmieście'),
                   (4, 'GP', 'Górne Przedmieście'), (5, 'SB', 'Śródmieście Bielsko'), (6, 'BE', 'Beskidzkie'),
                   (7, 'WP', 'Wojska Polskiego'), (8, 'ZL', 'Złote Łany')) as s(position, code, name);

-- GPR 2030 areas: designated by resolution XLVII/1091/2022; their subareas are not in the demo sources.
insert into area (programme_id, kind, name, description, designation_resolution, designation_date, designation_publication)
select p.id, k.kind, k.name, 'Wyznaczony uchwałą Nr XLVII/1091/2022 Rady Miejskiej (Dz. Urz. Woj. Śląskiego 2022 poz. 5426). Podobszary nie są jeszcze wprowadzone.',
       'XLVII/1091/2022', '2022-08-25', 'Dz. Urz. Woj. Śląskiego 2022 poz. 5426'
from programme p
cross join (values ('DEGRADED', 'Obszar zdegradowany GPR 2030'), ('REVITALISATION', 'Obszar rewitalizacji GPR 2030')) as k(kind, name)
where p.municipality_teryt = '2461011' and p.short_name = 'GPR 2030';

-- Projects with published money (mapadotacji.gov.pl) and the ones named in the PROM 2014–2021 amendment.
-- Kind (basic or complementary, art. 15 ust. 1 pkt 5–6): no demo source names any of these projects as either, so
-- every demo project's kind is null (not recorded); V84 clears it on databases loaded before.
insert into project (programme_id, kind, title, description, implementing_entities, scope, location, status,
                     currency, total_cost, source, search_text)
select p.id, null, 'Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I',
       'Odnowa Starego Miasta (ok. 10 ha): rynek, cztery ulice, fontanna, oświetlenie. Współfinansowany z ZPORR 2004–2006, działanie 3.3 (EFRR). Źródło: mapadotacji.gov.pl, projekt 796313.',
       '[]', 'Rynek, cztery ulice Starego Miasta, fontanna, oświetlenie', 'Stare Miasto, Bielsko-Biała',
       'COMPLETION', 'PLN', 11347418.62,
       'mapadotacji.gov.pl, projekt 796313 (koszt całkowity, dofinansowanie UE); przypisanie do celów SDG 11: illustrative', ''
from programme p where p.municipality_teryt = '2461011' and p.short_name = 'Stare Miasto 2004–2006';

insert into project (programme_id, kind, title, description, implementing_entities, scope, location, status,
                     currency, total_cost, eligible_cost, source, search_text)
select p.id, null, 'Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap II',
       'Remont czterech kamienic: Wzgórze 11, pl. Rynek 32, 11 Listopada 22, 11 Listopada 20. RPO WSL 2014–2020, działanie 10.4 (pożyczka rewitalizacyjna); zakończenie planowane w 2023 r. (źródło podaje rok, nie dzień). Status „w realizacji” wg stanu ze źródła. Źródło: mapadotacji.gov.pl.',
       '[]', 'Cztery kamienice', 'Wzgórze 11; pl. Rynek 32; 11 Listopada 22; 11 Listopada 20',
       'IMPLEMENTATION', 'PLN', 8937573.00, 6771303.00,
       'mapadotacji.gov.pl (koszt całkowity, koszty kwalifikowalne, pożyczka); przypisanie do celów SDG 11: illustrative', ''
from programme p where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

-- Their status, amounts and (but for stage I) implementing entities are not in the sources: left empty.
insert into project (programme_id, kind, title, description, implementing_entities, location, status, source, search_text)
select p.id, null, x.title, x.description, x.entities::jsonb, x.location, null,
       'bielsko-biala.pl, aktualizacja PROM 2014–2021; przypisanie do celów SDG 11: illustrative', ''
from programme p
cross join (values
  ('Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap I',
   'Dodany aktualizacją PROM 2014–2021; realizowany przez miasto i Zarząd Gospodarki Mieszkaniowej. Status i kwoty nie są podawane w źródłach demonstracyjnych.',
   '["Gmina Bielsko-Biała", "Zarząd Gospodarki Mieszkaniowej w Bielsku-Białej"]', 'Stare Miasto, Bielsko-Biała'),
  ('Centrum Aktywności Międzypokoleniowej',
   'Dodany aktualizacją PROM 2014–2021. Status, kwoty i podmiot realizujący nie są podawane w źródłach demonstracyjnych.',
   '[]', 'ul. Partyzantów, Bielsko-Biała'),
  ('Akademia Wiedzy Istotnej',
   'Dodany aktualizacją PROM 2014–2021. Status, kwoty i podmiot realizujący nie są podawane w źródłach demonstracyjnych.',
   '[]', 'ul. 11 Listopada 56, Bielsko-Biała')
) as x(title, description, entities, location)
where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

-- 2009 projects: the sources give the year and the participants, not the days or the implementing entity.
insert into project (programme_id, kind, title, description, implementing_entities, location, status, source, search_text)
select p.id, null, x.title, x.description, '[]', x.location, 'COMPLETION',
       'bielsko-biala.pl, „rewitalizacja miasta” (rok 2009, liczba uczestników); przypisanie do celów SDG 11: illustrative', ''
from programme p
cross join (values
  ('Bielsko-Biała łączy ludzi', 'Projekt społeczny zrealizowany w 2009 r.; 89 uczestników.', 'Bielsko-Biała'),
  ('Lokalny Program Aktywności – osiedle Śródmieście Bielsko', 'Lokalny Program Aktywności zrealizowany w 2009 r.; 17 uczestników.', 'osiedle Śródmieście Bielsko')
) as x(title, description, location)
where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2007–2013';

-- Search text: title and description in lower case without Polish diacritics (as the API writes it).
update project set search_text = lower(translate(title || ' ' || coalesce(description, ''),
        'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', 'acelnoszzACELNOSZZ'))
where programme_id in (select id from programme where municipality_teryt = '2461011');

-- Funding mix where a source gives it; the own contribution of stage I is the computed remainder.
insert into project_funding (project_id, position, source, instrument, amount, fund, measure)
select pr.id, f.position, f.source, f.instrument, f.amount, f.fund, f.measure
from project pr
join programme p on p.id = pr.programme_id and p.municipality_teryt = '2461011'
join (values
  ('Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I', 1,
   'Europejski Fundusz Rozwoju Regionalnego', 'GRANT', 6380223.26, 'ZPORR 2004–2006', '3.3'),
  ('Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I', 2,
   'Budżet miasta (wyliczone: koszt całkowity minus dofinansowanie UE)', 'OWN', 4967195.36, null, null),
  ('Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap II', 1,
   'Pożyczka rewitalizacyjna', 'LOAN', 4739912.00, 'RPO WSL 2014–2020', '10.4')
) as f(title, position, source, instrument, amount, fund, measure) on f.title = pr.title;

-- Subareas: the tenements and the Old Town lie in Śródmieście Bielsko (code SB) of the PROM 2014–2021 area.
insert into project_subarea (project_id, subarea_id)
select pr.id, s.id
from project pr
join programme p on p.id = pr.programme_id and p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021'
join area a on a.programme_id = p.id
join subarea s on s.area_id = a.id and s.code = 'SB'
where pr.title like 'Nowe życie%';

-- SDG 11 targets served.
insert into project_sdg_target (project_id, target_code)
select pr.id, t.code
from project pr
join programme p on p.id = pr.programme_id and p.municipality_teryt = '2461011'
join (values
  ('Nowa Starówka%', '11.4'), ('Nowa Starówka%', '11.7'),
  ('Nowe życie%', '11.1'), ('Nowe życie%', '11.4'),
  ('Centrum Aktywności Międzypokoleniowej', '11.3'), ('Akademia Wiedzy Istotnej', '11.3'),
  ('Bielsko-Biała łączy ludzi', '11.3'), ('Lokalny Program Aktywności%', '11.3')
) as t(pattern, code) on pr.title like t.pattern;

-- Indicators of PROM 2014–2021. Official figures only where a source gives them; the rest is illustrative. Each maps to
-- an SDG 11 target as a local proxy (wskaźnik zastępczy), naming a UN indicator only where it stands in for that one;
-- none of them is a UN indicator measured by its definition.
insert into indicator (programme_id, scope, code, name_pl, name_en, unit, direction, level, baseline_value, baseline_year,
                       target_value, target_year, sdg_target_code, sdg_indicator_code, sdg_relation, source)
select p.id, 'PROGRAMME', x.code, x.name_pl, x.name_en, x.unit, x.direction, x.level, x.baseline_value, x.baseline_year,
       x.target_value, x.target_year, x.sdg_target, x.sdg_indicator, case when x.sdg_target is null then null else 'PROXY' end, x.source
from programme p
cross join (values
  ('W1', 'Liczba wyremontowanych kamienic (etap II)', 'Tenements renovated (stage II)', 'szt.', 'HIGHER', 'OUTPUT',
   0.0, 2019, 4.0, 2023, '11.1', null,
   'Cel: mapadotacji.gov.pl (4 kamienice, zakończenie planowane w 2023 r.); wartość i rok bazowy oraz wartości roczne: illustrative'),
  ('W2', 'Odsetek zasiedlonych lokali w odnowionych kamienicach', 'Occupied dwellings in renovated tenements', '%', 'HIGHER', 'RESULT',
   55.0, 2014, 90.0, 2021, '11.1', null, 'illustrative'),
  ('W3', 'Odsetek mieszkańców pozytywnie oceniających przestrzeń publiczną Starego Miasta', 'Residents rating Old Town public space positively', '%', 'HIGHER', 'RESULT',
   40.0, 2014, 70.0, 2021, '11.7', null, 'illustrative'),
  ('W4', 'Średnioroczne stężenie PM10', 'Annual mean PM10 concentration', 'µg/m³', null, 'CONTEXT',
   null, null, null, null, '11.6', '11.6.2', 'illustrative'),
  ('W5', 'Liczba mieszkańców miasta', 'Residents of the city', 'osoby', null, 'CONTEXT',
   null, null, null, null, null, null, 'pl.wikipedia.org/wiki/Bielsko-Biała (stan na 1 stycznia 2023 r.)')
) as x(code, name_pl, name_en, unit, direction, level, baseline_value, baseline_year, target_value, target_year, sdg_target, sdg_indicator, source)
where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

insert into observation (indicator_id, period, value, source)
select i.id, o.period, o.value, o.source
from indicator i
join programme p on p.id = i.programme_id and p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021'
join (values
  ('W1', 2020, 0.0, 'illustrative'), ('W1', 2021, 1.0, 'illustrative'), ('W1', 2022, 3.0, 'illustrative'),
  ('W2', 2016, 58.0, 'illustrative'), ('W2', 2018, 63.0, 'illustrative'), ('W2', 2020, 66.0, 'illustrative'), ('W2', 2021, 68.0, 'illustrative'),
  ('W3', 2017, 48.0, 'illustrative'), ('W3', 2019, 57.0, 'illustrative'), ('W3', 2021, 66.0, 'illustrative'),
  ('W4', 2016, 36.0, 'illustrative'), ('W4', 2018, 34.0, 'illustrative'), ('W4', 2020, 29.0, 'illustrative'), ('W4', 2021, 29.5, 'illustrative'),
  ('W5', 2023, 166765.0, 'pl.wikipedia.org/wiki/Bielsko-Biała (stan na 1 stycznia 2023 r.)')
) as o(code, period, value, source) on o.code = i.code;

-- Recommendations for the GPR drawn from the documented lessons (texts written for the demo).
-- Their owner and due date are not in any source: left empty.
insert into recommendation (programme_id, title, text, priority, status)
select p.id, x.title, x.text, x.priority, 'PROPOSED'
from programme p
cross join (values
  ('Łączyć wskaźniki produktu ze wskaźnikami rezultatu',
   'Badanie Starego Miasta z 2013 r. wykazało, że wiele odnowionych kamienic pozostawało niezasiedlonych. Do liczby wyremontowanych budynków należy dodać wskaźniki rezultatu: zasiedlenie lokali i ocenę mieszkańców. (Tekst demonstracyjny na podstawie opisanych wniosków.)',
   'HIGH'),
  ('Oceniać program co najmniej co 3 lata',
   'Art. 22 ustawy o rewitalizacji: wójt, burmistrz albo prezydent miasta dokonuje oceny aktualności i stopnia realizacji programu co najmniej raz na 3 lata, po zasięgnięciu opinii Komitetu Rewitalizacji, i publikuje ją w BIP. (Tekst demonstracyjny.)',
   'MEDIUM')
) as x(title, text, priority)
where p.municipality_teryt = '2461011' and p.short_name = 'GPR 2030';

insert into recommendation_sdg_target (recommendation_id, target_code)
select r.id, '11.3' from recommendation r join programme p on p.id = r.programme_id
where p.municipality_teryt = '2461011' and p.short_name = 'GPR 2030';
