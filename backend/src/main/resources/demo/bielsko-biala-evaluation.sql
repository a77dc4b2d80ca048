-- Bielsko-Biała: the final evaluation of PROM 2014–2021 (accepted by the council on 19 May 2022) and recommendations
-- from it. Facts from the city's published account; the findings and recommendation texts are demo summaries written
-- for this application, not the official document.
-- The sources give the council's acceptance (19 May 2022), not the evaluation's own date, its author or a committee's
-- opinion: those stay empty.
insert into evaluation (programme_id, type, evaluation_date, author, committee_opinion, accepted_by, accepted_on, findings)
select p.id, 'FINAL', null, null, null, 'Rada Miejska Bielska-Białej', date '2022-05-19',
       jsonb_build_array(
         jsonb_build_object('title', 'Podsumowanie demonstracyjne',
           'text', 'To jest podsumowanie demonstracyjne, a nie treść oficjalnego dokumentu ewaluacji. Program obejmował 8 osiedli: Biała Śródmieście, Biała Wschód, Dolne Przedmieście, Górne Przedmieście, Śródmieście Bielsko, Beskidzkie, Wojska Polskiego i Złote Łany; ich powierzchni i liczby mieszkańców nie ustalono.'),
         jsonb_build_object('title', 'Remonty kamienic a ich zasiedlenie',
           'text', 'Podsumowanie demonstracyjne: projekty „Nowe życie w starych-nowych budynkach” (etap I; etap II z RPO WSL 2014–2020, działanie 10.4: 4 kamienice) odnawiają budynki; ocena ich zasiedlenia wymaga wskaźników rezultatu.',
           'sdgTarget', '11.1'),
         jsonb_build_object('title', 'Kontynuacja w gminnym programie rewitalizacji',
           'text', 'Podsumowanie demonstracyjne: po ewaluacji miasto wyznaczyło obszar zdegradowany i obszar rewitalizacji (uchwała Nr XLVII/1091/2022 z 25 sierpnia 2022 r.) i rozpoczęło GPR do 2030 r. (uchwała Nr XLVIII/1119/2022 z 22 września 2022 r.).',
           'sdgTarget', '11.3'))
from programme p
where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';

-- Recommendations of PROM 2014–2021 linked to its final evaluation, along the status workflow (texts written for the demo).
-- Statuses only where a source supports them (the GPR's preparation started by resolution); owners and due dates are
-- in no source and stay empty.
insert into recommendation (programme_id, evaluation_id, title, text, priority, status, status_reason)
select p.id, e.id, x.title, x.text, x.priority, x.status, x.reason
from programme p
join evaluation e on e.programme_id = p.id and e.type = 'FINAL'
cross join (values
  ('Przygotować gminny program rewitalizacji na podstawie ustawy',
   'Kontynuować rewitalizację w formie gminnego programu rewitalizacji (ustawa o rewitalizacji), z wyznaczonym obszarem zdegradowanym i obszarem rewitalizacji. (Tekst demonstracyjny.)',
   'HIGH', 'IN_PROGRESS', 'Przygotowanie GPR do 2030 r. rozpoczęte uchwałą Nr XLVIII/1119/2022 z 22 września 2022 r.; uchwalenie programu nie jest odnotowane.'),
  ('Mierzyć zasiedlenie odnowionych budynków',
   'Do wskaźników produktu (liczba odnowionych budynków) dodać wskaźniki rezultatu: odsetek zasiedlonych lokali. (Tekst demonstracyjny.)',
   'HIGH', 'PROPOSED', null),
  ('Ustalić powierzchnię i liczbę mieszkańców 8 osiedli programu',
   'Uzupełnić dane o powierzchni i liczbie mieszkańców osiedli objętych PROM 2014–2021, aby porównać je z limitami ustawy. (Tekst demonstracyjny.)',
   'LOW', 'PROPOSED', null)
) as x(title, text, priority, status, reason)
where p.municipality_teryt = '2461011' and p.short_name = 'PROM 2014–2021';
