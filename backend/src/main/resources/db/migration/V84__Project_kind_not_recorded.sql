-- Unknown is not "basic": a project's kind (art. 15 ust. 1 pkt 5–6 ustawy o rewitalizacji: a basic project listed in
-- the programme, or a complementary one characterised in it) is recorded (BASIC / COMPLEMENTARY) or not recorded
-- (null), like a subarea's crisis spheres (V22). Checks that need it answer UNKNOWN where it is not recorded.
-- project_kind_ck (kind in ('BASIC', 'COMPLEMENTARY')) already lets null through: a check that evaluates to null
-- passes. The kinds cities recorded stay as they are: a stored BASIC or COMPLEMENTARY was chosen, not defaulted.
alter table project alter column kind drop not null;

-- The Bielsko-Biała demo (demo/bielsko-biala.sql, loaded by DemoDataLoader on first start) stated a kind for each of
-- its seven projects, though no demo source (shared/domain/README.md, section 3; mapadotacji.gov.pl;
-- bielsko-biala.pl) names any of them basic or complementary. On databases that already hold the demo, those kinds
-- become "not recorded". A row is the demo's only while it still has the demo's municipality, programme, title,
-- kind and source: a project the city has since edited there keeps what the city wrote. The new version changes the
-- ETag; the audit trigger records the change (actor "system") for the change feed.
update project x
   set kind = null, version = x.version + 1, updated_at = now()
  from programme p, (values
    ('Stare Miasto 2004–2006', 'BASIC',
     'Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I',
     'mapadotacji.gov.pl, projekt 796313 (koszt całkowity, dofinansowanie UE); przypisanie do celów SDG 11: illustrative'),
    ('PROM 2014–2021', 'BASIC',
     'Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap II',
     'mapadotacji.gov.pl (koszt całkowity, koszty kwalifikowalne, pożyczka); przypisanie do celów SDG 11: illustrative'),
    ('PROM 2014–2021', 'BASIC',
     'Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap I',
     'bielsko-biala.pl, aktualizacja PROM 2014–2021; przypisanie do celów SDG 11: illustrative'),
    ('PROM 2014–2021', 'BASIC', 'Centrum Aktywności Międzypokoleniowej',
     'bielsko-biala.pl, aktualizacja PROM 2014–2021; przypisanie do celów SDG 11: illustrative'),
    ('PROM 2014–2021', 'COMPLEMENTARY', 'Akademia Wiedzy Istotnej',
     'bielsko-biala.pl, aktualizacja PROM 2014–2021; przypisanie do celów SDG 11: illustrative'),
    ('PROM 2007–2013', 'COMPLEMENTARY', 'Bielsko-Biała łączy ludzi',
     'bielsko-biala.pl, „rewitalizacja miasta” (rok 2009, liczba uczestników); przypisanie do celów SDG 11: illustrative'),
    ('PROM 2007–2013', 'COMPLEMENTARY', 'Lokalny Program Aktywności – osiedle Śródmieście Bielsko',
     'bielsko-biala.pl, „rewitalizacja miasta” (rok 2009, liczba uczestników); przypisanie do celów SDG 11: illustrative')
  ) as demo(programme, kind, title, source)
 where p.id = x.programme_id
   and p.municipality_teryt = '2461011'
   and p.short_name = demo.programme
   and x.title = demo.title
   and x.kind = demo.kind
   and x.source = demo.source
   and x.external_id is null;
