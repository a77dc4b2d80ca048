-- GPR 2030's procedure steps that the sources name, and nothing else (no adoption, committee rules or assessment
-- is recorded). The consultation of 14 Jun – 20 Jul 2022 is in bielsko-biala-consultation.sql, with its dates only:
-- the sources do not say of which draft it was, nor its forms.
insert into procedure_step (programme_id, kind, step_date, title, document_number, journal_reference, source)
select p.id, s.kind, s.step_date::date, s.title, s.document_number, s.journal_reference,
       'bielsko-biala.pl, rewitalizacja miasta'
from programme p
cross join (values
    ('AREA_DESIGNATION', '2022-08-25', 'Uchwała w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji',
     'XLVII/1091/2022', 'Dz. Urz. Woj. Śląskiego 2022 poz. 5426'),
    ('START_RESOLUTION', '2022-09-22', 'Uchwała o przystąpieniu do sporządzenia gminnego programu rewitalizacji',
     'XLVIII/1119/2022', null)) as s(kind, step_date, title, document_number, journal_reference)
where p.municipality_teryt = '2461011' and p.short_name = 'GPR 2030';
