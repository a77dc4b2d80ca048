-- GPR 2030's consultation as the sources give it: 14 Jun – 20 Jul 2022, and nothing else. Its subject (which draft),
-- forms, announcement, comments and summary are in no source we hold, so they stay unrecorded: the forms and summary
-- checks answer UNKNOWN rather than pass on invented data.
insert into consultation (programme_id, start_date, end_date, source)
select p.id, date '2022-06-14', date '2022-07-20', 'bielsko-biala.pl, rewitalizacja miasta'
from programme p
where p.municipality_teryt = '2461011' and p.short_name = 'GPR 2030';
