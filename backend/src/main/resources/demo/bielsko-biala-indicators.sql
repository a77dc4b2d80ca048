-- Demo data: more indicators of Bielsko-Biała's PROM 2014–2021 (run after demo/bielsko-biala.sql, same transaction).
-- Their figures are invented for the demo (source 'illustrative'), so that the Open SDG method's statuses can be seen
-- among the city's indicators (with W1–W5: W1 ON_TRACK and 75 % achieved, W2 LIMITED_PROGRESS, W3 ACCELERATION_NEEDED,
-- W4 and W5 context indicators without a status):
--   W6 ON_TRACK           (4 → 8.8 km, 2014–2021: 11.92% a year against 12.28% needed for 9 km; R = 0.9707)
--   W7 DETERIORATION      (lower is better: 18 → 23 illegal dumps while 8 was the target; R = −0.3258)
--   W8 ACCELERATION_NEEDED by the growth thresholds (no target: 12 → 12.5 in 4 years, 1.03% a year)
--   W9 INSUFFICIENT_DATA  (baseline 2021, no observation after it yet)
--   W10 TARGET_ACHIEVED   (one observation already above the target: achievement wins)

insert into indicator (programme_id, scope, code, name_pl, name_en, unit, direction, level, baseline_value, baseline_year,
                       target_value, target_year, sdg_target_code, sdg_indicator_code, sdg_relation, source)
select p.id, 'PROGRAMME', x.code, x.name_pl, x.name_en, x.unit, x.direction, x.level, x.baseline_value, x.baseline_year,
       x.target_value, x.target_year, x.sdg_target, x.sdg_indicator, 'PROXY', x.source
from programme p
cross join (values
  ('W6', 'Długość dróg rowerowych w obszarze rewitalizacji', 'Cycle paths in the revitalisation area', 'km', 'HIGHER', 'RESULT',
   4.0, 2014, 9.0, 2021, '11.2', null, 'illustrative'),
  ('W7', 'Liczba dzikich wysypisk odpadów zgłoszonych w obszarze rewitalizacji', 'Illegal waste dumps reported in the revitalisation area', 'szt.', 'LOWER', 'RESULT',
   18.0, 2014, 8.0, 2021, '11.6', null, 'illustrative'),
  ('W8', 'Liczba obiektów zabytkowych po renowacji (narastająco)', 'Heritage buildings renovated (cumulative)', 'szt.', 'HIGHER', 'OUTPUT',
   null, null, null, null, '11.4', null, 'illustrative'),
  ('W9', 'Powierzchnia ogólnodostępnych terenów zieleni w obszarze rewitalizacji', 'Public green space in the revitalisation area', 'ha', 'HIGHER', 'RESULT',
   12.4, 2021, 15.0, 2030, '11.7', '11.7.1', 'illustrative'),
  ('W10', 'Liczba wydarzeń kulturalnych w odnowionych przestrzeniach publicznych', 'Cultural events in renovated public spaces', 'szt.', 'HIGHER', 'RESULT',
   null, null, 20.0, 2021, '11.4', null, 'illustrative')
) as x(code, name_pl, name_en, unit, direction, level, baseline_value, baseline_year, target_value, target_year, sdg_target, sdg_indicator, source)
where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

insert into observation (indicator_id, period, value, source)
select i.id, o.period, o.value, o.source
from indicator i
join programme p on p.id = i.programme_id and p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021'
join (values
  ('W6', 2016, 5.2, 'illustrative'), ('W6', 2018, 6.9, 'illustrative'), ('W6', 2020, 8.1, 'illustrative'), ('W6', 2021, 8.8, 'illustrative'),
  ('W7', 2016, 19.0, 'illustrative'), ('W7', 2018, 21.0, 'illustrative'), ('W7', 2020, 22.0, 'illustrative'), ('W7', 2021, 23.0, 'illustrative'),
  ('W8', 2017, 12.0, 'illustrative'), ('W8', 2019, 12.0, 'illustrative'), ('W8', 2021, 12.5, 'illustrative'),
  ('W9', 2021, 12.4, 'illustrative'),
  ('W10', 2019, 24.0, 'illustrative')
) as o(code, period, value, source) on o.code = i.code;
